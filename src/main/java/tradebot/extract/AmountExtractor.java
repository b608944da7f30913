package tradebot.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with a unit in Simplified text: "超过594.6亿美元", "200家以上", "1.7万吨", "四成". A number
 * followed by no unit, or by 年/月/日 (a date), is not an amount.
 */
public final class AmountExtractor {

  /** A quantity and where it stands in the text. */
  public record Found(Quantity quantity, int start, int end) {}

  private static final String BEFORE = "首次突破|突破|超过|逾|超|近|接近|将近|逼近|约|达到|达|不足|不到|低于|高于|仅";
  private static final String AFTER = "以上|多|余|左右|以下";
  private static final Pattern AMOUNT =
      Pattern.compile(
          "(" + BEFORE + ")?(?<![\\d.])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(" + Units.ALTERNATION + ")(" + AFTER + ")?");
  private static final Pattern TENTHS =
      Pattern.compile("(" + BEFORE + ")?([一二两三四五六七八九])成(" + AFTER + ")?");
  private static final Pattern FRACTION =
      Pattern.compile("(" + BEFORE + ")?([一二三四五六七八九十])分之([一二两三四五六七八九])(" + AFTER + ")?");
  private static final String NUMERALS = "〇一二三四五六七八九十";

  public List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    Matcher m = AMOUNT.matcher(text);
    while (m.find()) {
      String unit = m.group(3);
      // 8个月, 3个季度: a duration, not a count
      if (unit.equals("个") && (text.startsWith("月", m.end(3)) || text.startsWith("季度", m.end(3)))) {
        continue;
      }
      Units.Unit u = Units.of(unit);
      String digits = m.group(2);
      BigDecimal base = new BigDecimal(digits.replace(",", "")).multiply(u.multiplier()).stripTrailingZeros();
      String qualifier = join(m.group(1), m.group(4));
      out.add(new Found(new Quantity(written(m, 1), digits, unit, base, u.base(), qualifier), m.start(), m.end()));
    }
    Matcher t = TENTHS.matcher(text);
    while (t.find()) {
      BigDecimal percent = BigDecimal.valueOf(NUMERALS.indexOf(digit(t.group(2))) * 10L);
      out.add(new Found(new Quantity(written(t, 1), t.group(2), "成", percent, "percent", join(t.group(1), t.group(3))), t.start(), t.end()));
    }
    Matcher f = FRACTION.matcher(text);
    while (f.find()) {
      int denominator = NUMERALS.indexOf(f.group(2).charAt(0));
      int numerator = NUMERALS.indexOf(digit(f.group(3)));
      BigDecimal percent =
          BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, java.math.RoundingMode.HALF_UP);
      out.add(
          new Found(
              new Quantity(written(f, 1), f.group(2) + "分之" + f.group(3), "", percent, "percent", join(f.group(1), f.group(4))),
              f.start(), f.end()));
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** The match without a leading 达/达到, which says "amounted to" and belongs to the verb. */
  private static String written(Matcher m, int qualifierGroup) {
    String q = m.group(qualifierGroup);
    return q != null && (q.equals("达") || q.equals("达到")) ? m.group().substring(q.length()) : m.group();
  }

  private static String digit(String numeral) {
    return numeral.equals("两") ? "二" : numeral;
  }

  private static String join(String before, String after) {
    String b = before == null ? "" : before;
    String a = after == null ? "" : after;
    // 达 and 达到 say "amounted to", not "at least": kept out of the qualifier
    if (b.equals("达") || b.equals("达到")) {
      b = "";
    }
    return a.isEmpty() ? b : b.isEmpty() ? a : b + "…" + a;
  }
}
