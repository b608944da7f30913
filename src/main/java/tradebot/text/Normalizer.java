package tradebot.text;

import java.text.Normalizer.Form;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for matching: NFKC (full-width digits and letters), Traditional to Simplified, lower
 * case, Chinese numerals to digits, thousands separators dropped, punctuation to single spaces. The
 * same folding is applied to questions, keywords and source sentences, so they meet halfway.
 */
public final class Normalizer {

  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3})");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}%.\\-+]+");
  private static final Pattern LOOSE_DOT = Pattern.compile("(?<!\\d)[.\\-+]|[.\\-+](?!\\d)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  // Latin words glued to Chinese ("BYD长沙和Anker") become separate words for whole-word matching.
  private static final Pattern SCRIPT_BOUNDARY =
      Pattern.compile("(?<=\\p{IsLatin})(?=\\p{IsHan})|(?<=\\p{IsHan})(?=\\p{IsLatin})");

  private final ChineseConverter converter;

  public Normalizer(ChineseConverter converter) {
    this.converter = converter;
  }

  public String fold(String text) {
    String s = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('’', '\'').replace("'s ", " ").replace("s' ", "s ");
    s = converter.toSimplified(s);
    s = ChineseNumerals.toArabic(s);
    s = THOUSANDS.matcher(s).replaceAll("");
    s = NON_WORD.matcher(s).replaceAll(" ");
    s = LOOSE_DOT.matcher(s).replaceAll(" ");
    s = SCRIPT_BOUNDARY.matcher(s).replaceAll(" ");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
