package tradebot.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure as written ("超过594.6亿美元": number "594.6", unit "亿美元", qualifier "超过") and its value in a base unit (541410000000
 * yuan), so that 5,414.1亿元 and 541.41 billion yuan compare equal. {@code baseUnit} names what is
 * counted: CNY, USD, t, percent, points, times, or the measure word itself (家, 个, 辆).
 */
public record Quantity(
    String written, String text, String unit, BigDecimal base, String baseUnit, String qualifier) {

  public Quantity {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(text, "text");
    unit = unit == null ? "" : unit;
    qualifier = qualifier == null ? "" : qualifier;
  }

  public boolean isMoney() {
    return baseUnit.equals("CNY") || baseUnit.equals("USD") || baseUnit.equals("EUR");
  }

  public boolean isPercent() {
    return baseUnit.equals("percent");
  }
}
