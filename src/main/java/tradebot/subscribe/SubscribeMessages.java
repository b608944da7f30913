package tradebot.subscribe;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import tradebot.text.Lang;

/** This package's user-facing wording, from tradebot/subscribe/messages_{en,zh_CN,zh_TW}. */
public final class SubscribeMessages {

  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  public SubscribeMessages() {
    for (Lang lang : Lang.values()) {
      bundles.put(
          lang,
          ResourceBundle.getBundle(
              "tradebot.subscribe.messages",
              lang.locale(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  /** The message with each {name} replaced by its value (plain replacement, no MessageFormat). */
  public String get(Lang lang, String key, String... namesAndValues) {
    String s = bundles.get(lang).getString(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      s = s.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
    }
    return s;
  }
}
