package tradebot.telegram;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import tradebot.text.Lang;

/** Wording only Telegram needs (button labels, callback notes), from tradebot/telegram/messages_*. */
final class TelegramMessages {

  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  TelegramMessages() {
    for (Lang lang : Lang.values()) {
      bundles.put(
          lang,
          ResourceBundle.getBundle(
              "tradebot.telegram.messages",
              lang.locale(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  String get(Lang lang, String key) {
    return bundles.get(lang).getString(key);
  }
}
