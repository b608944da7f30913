package tradebot.reply;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * States a Chinese figure in English units: the same amount, written differently (5,414.1亿元 →
 * 541.41 billion yuan, 3.6万吨 → 36,000 tonnes). Only the unit changes; currencies are never
 * converted and nothing is computed across figures.
 */
final class EnglishFigures {

  private record Scale(BigDecimal factor, String englishUnit, boolean large) {}

  private static final Map<String, Scale> UNITS =
      Map.ofEntries(
          Map.entry("亿元", new Scale(new BigDecimal("0.1"), "billion yuan", true)),
          Map.entry("億元", new Scale(new BigDecimal("0.1"), "billion yuan", true)),
          Map.entry("亿美元", new Scale(new BigDecimal("0.1"), "billion US dollars", true)),
          Map.entry("億美元", new Scale(new BigDecimal("0.1"), "billion US dollars", true)),
          Map.entry("万元", new Scale(new BigDecimal("0.01"), "million yuan", true)),
          Map.entry("萬元", new Scale(new BigDecimal("0.01"), "million yuan", true)),
          Map.entry("万美元", new Scale(new BigDecimal("0.01"), "million US dollars", true)),
          Map.entry("萬美元", new Scale(new BigDecimal("0.01"), "million US dollars", true)),
          Map.entry("万吨", new Scale(new BigDecimal("10000"), "tonnes", false)),
          Map.entry("萬噸", new Scale(new BigDecimal("10000"), "tonnes", false)),
          Map.entry("万标箱", new Scale(new BigDecimal("10000"), "TEU", false)),
          Map.entry("萬標箱", new Scale(new BigDecimal("10000"), "TEU", false)),
          Map.entry("万辆", new Scale(new BigDecimal("10000"), "vehicles", false)),
          Map.entry("萬輛", new Scale(new BigDecimal("10000"), "vehicles", false)),
          Map.entry("万台", new Scale(new BigDecimal("10000"), "units", false)),
          Map.entry("萬台", new Scale(new BigDecimal("10000"), "units", false)));

  private static final Map<String, String> COUNT_UNITS =
      Map.ofEntries(
          Map.entry("台", "units"),
          Map.entry("辆", "vehicles"),
          Map.entry("輛", "vehicles"),
          Map.entry("家", "companies"),
          Map.entry("项", "items"),
          Map.entry("項", "items"),
          Map.entry("条", "routes"),
          Map.entry("條", "routes"),
          Map.entry("列", "trains"),
          Map.entry("票", "consignments"),
          Map.entry("批", "batches"),
          Map.entry("个", ""),
          Map.entry("個", ""),
          Map.entry("年", "years"),
          Map.entry("天", "days"),
          Map.entry("个月", "months"),
          Map.entry("個月", "months"),
          Map.entry("%", "%"),
          Map.entry("个百分点", "percentage points"),
          Map.entry("個百分點", "percentage points"));

  private EnglishFigures() {}

  /** The figure in English units, or null when the unit has no English form here. */
  static String convert(String value, String unit) {
    String digits = value.replace(",", "");
    if (!digits.matches("\\d+(\\.\\d+)?")) {
      return null;
    }
    BigDecimal amount = new BigDecimal(digits);
    Scale scale = UNITS.get(unit);
    if (scale != null) {
      BigDecimal converted = amount.multiply(scale.factor()).stripTrailingZeros();
      return format(converted, !scale.large()) + " " + scale.englishUnit();
    }
    String english = COUNT_UNITS.get(unit);
    if (english != null) {
      return english.equals("%") ? value + "%" : (value + " " + english).strip();
    }
    return null;
  }

  private static String format(BigDecimal n, boolean grouping) {
    DecimalFormat f = new DecimalFormat(grouping ? "#,##0.########" : "0.########",
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(n);
  }
}
