package tradebot.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.text.ChineseConverter;
import tradebot.text.ChineseNumerals;

/**
 * A claim prepared for figure extraction: NFKC, lower case, Simplified script, Chinese numerals and
 * small English number words as digits, thousands separators dropped. Punctuation is kept: it
 * separates the claim's clauses.
 */
final class ClaimText {

  private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d)[,，](?=\\d{3}(?!\\d))");
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
          Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
          Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));
  private static final Pattern NUMBER_WORD =
      Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b(?= (?:(?:consecutive|straight|more|new) )?[a-z]+)");

  private ClaimText() {}

  static String prepare(String claim, ChineseConverter converter) {
    String s = Normalizer.normalize(claim, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replace('’', '\'').replace('−', '-');
    s = converter.toSimplified(s);
    s = ChineseNumerals.toArabic(s);
    s = THOUSANDS.matcher(s).replaceAll("");
    Matcher m = NUMBER_WORD.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String after = s.substring(m.end()).strip();
      boolean counted = !after.startsWith("of") && !after.startsWith("quarter") && !after.startsWith("third");
      m.appendReplacement(sb, counted ? WORDS.get(m.group(1)) : m.group(1));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
