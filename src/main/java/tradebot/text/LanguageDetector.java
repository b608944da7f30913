package tradebot.text;

/**
 * Decides which language and script to answer in. A message is English when its Latin words
 * outweigh its Chinese characters (so "HKC 物料流转 efficiency up by how much?" is English and "湖南 EV
 * 出口数量" is Chinese); Chinese is Traditional when more of its characters are Traditional-only than
 * Simplified-only.
 */
public final class LanguageDetector {

  private final ChineseConverter converter;

  public LanguageDetector(ChineseConverter converter) {
    this.converter = converter;
  }

  public Lang detect(String text) {
    int han = 0;
    int latinWords = 0;
    boolean inWord = false;
    StringBuilder hanText = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.HAN) {
        han++;
        hanText.appendCodePoint(cp);
        inWord = false;
      } else if (script == Character.UnicodeScript.LATIN) {
        if (!inWord) {
          latinWords++;
        }
        inWord = true;
      } else {
        inWord = false;
      }
    }
    if (han == 0 || latinWords * 2 > han) {
      return han == 0 || latinWords >= 2 ? Lang.ENGLISH : chineseScript(hanText.toString());
    }
    return chineseScript(hanText.toString());
  }

  private Lang chineseScript(String han) {
    String simplified = converter.toSimplified(han);
    String traditional = converter.toTraditional(han);
    int tradOnly = 0;
    int simpOnly = 0;
    int n = Math.min(han.length(), Math.min(simplified.length(), traditional.length()));
    for (int i = 0; i < n; i++) {
      char c = han.charAt(i);
      if (simplified.charAt(i) != c) {
        tradOnly++;
      }
      if (traditional.charAt(i) != c) {
        simpOnly++;
      }
    }
    return tradOnly > simpOnly ? Lang.TRADITIONAL : Lang.SIMPLIFIED;
  }
}
