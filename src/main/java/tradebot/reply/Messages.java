package tradebot.reply;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import tradebot.text.Lang;

/** User-facing wording, from messages_en / messages_zh_CN / messages_zh_TW. */
public final class Messages {

  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  public Messages() {
    for (Lang lang : Lang.values()) {
      bundles.put(
          lang,
          ResourceBundle.getBundle(
              "tradebot.messages",
              lang.locale(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  public String get(Lang lang, String key) {
    return bundles.get(lang).getString(key);
  }

  /** The message with {0} replaced; plain replacement, so apostrophes need no escaping. */
  public String get(Lang lang, String key, String argument) {
    return get(lang, key).replace("{0}", argument);
  }
}
