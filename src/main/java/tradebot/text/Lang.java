package tradebot.text;

import java.util.Locale;

/** The language and script a user writes in, which is the one the bot answers in. */
public enum Lang {
  SIMPLIFIED("zh-Hans", Locale.SIMPLIFIED_CHINESE),
  TRADITIONAL("zh-Hant", Locale.TRADITIONAL_CHINESE),
  ENGLISH("en", Locale.ENGLISH);

  private final String tag;
  private final Locale locale;

  Lang(String tag, Locale locale) {
    this.tag = tag;
    this.locale = locale;
  }

  /** BCP 47 tag as used in the batch JSON output: zh-Hans, zh-Hant, en. */
  public String tag() {
    return tag;
  }

  public Locale locale() {
    return locale;
  }

  public boolean isChinese() {
    return this != ENGLISH;
  }

  /** Maps a platform language code (Telegram's language_code, Slack's locale) to a Lang. */
  public static Lang fromLanguageCode(String code) {
    if (code == null || code.isBlank()) {
      return ENGLISH;
    }
    String c = code.toLowerCase(Locale.ROOT).replace('_', '-');
    if (c.startsWith("zh")) {
      return c.contains("hant") || c.contains("tw") || c.contains("hk") || c.contains("mo")
          ? TRADITIONAL
          : SIMPLIFIED;
    }
    return ENGLISH;
  }
}
