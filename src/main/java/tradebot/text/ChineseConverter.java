package tradebot.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Traditional/Simplified conversion. Phrase-level (opencc4j), so 頭髮 becomes 头发 and not 头发/头发
 * guesses; used to fold questions for matching and to give Traditional askers Traditional framing.
 */
public final class ChineseConverter {

  public String toSimplified(String text) {
    return text.isEmpty() ? text : ZhConverterUtil.toSimple(text);
  }

  public String toTraditional(String text) {
    return text.isEmpty() ? text : ZhConverterUtil.toTraditional(text);
  }

  /** Whether the text has characters that exist only in Traditional script. */
  public boolean hasTraditionalOnly(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        String c = new String(Character.toChars(cp));
        if (!ZhConverterUtil.toSimple(c).equals(c)) {
          return true;
        }
      }
    }
    return false;
  }
}
