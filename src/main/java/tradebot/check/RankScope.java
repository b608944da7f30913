package tradebot.check;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The field a rank is in: 全国第一 and 中西部第一 are different claims. Read from the words before a
 * claimed rank, and from a stated rank's value or English value ("first in central and western
 * China"); longest names first, so 中西部 is not read as 西部.
 */
final class RankScope {

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    for (String w : new String[] {"中西部", "central and western", "central and west", "midwest"}) {
      NAMES.put(w, "central-western");
    }
    for (String w : new String[] {"全国", "中国", "国内", "nationwide", "national", "in china", "china's", "the country"}) {
      NAMES.put(w, "national");
    }
    for (String w : new String[] {"中部", "central china", "central"}) {
      NAMES.put(w, "central");
    }
    for (String w : new String[] {"全省", "省内", "in hunan", "the province"}) {
      NAMES.put(w, "province");
    }
  }

  private RankScope() {}

  /** The text with every field name blanked. */
  static String withoutFields(String text) {
    String t = text;
    for (String name : NAMES.keySet()) {
      t = t.replace(name, " ".repeat(name.length()));
    }
    return t;
  }

  /** The words of a sentence that rank a figure: 居中西部第一 for 第一. */
  static String phrase(String sentence, String value) {
    int v = sentence.indexOf(value);
    return v < 0 ? value : sentence.substring(Math.max(0, v - 6), v + value.length());
  }

  /** The field named in this text (Simplified, any case), the name nearest its end winning. */
  static Optional<String> of(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    String best = null;
    int at = -1;
    for (Map.Entry<String, String> e : NAMES.entrySet()) {
      int i = t.lastIndexOf(e.getKey());
      // a longer name found at the same place (中西部 over 西部…) was seen first and keeps it
      if (i >= 0 && i + e.getKey().length() > at) {
        if (best == null || i + e.getKey().length() > at) {
          best = e.getValue();
          at = i + e.getKey().length();
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
