package tradebot.check;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One figure, in base units: 1,234.5亿元 is 123,450,000,000 yuan; percentages are percent (53.1);
 * ranks are ordinals (1 for 第一). {@code tolerance} is half the last written digit (2,875.4亿元 is
 * written to 0.1亿, so ±0.05亿), which is how far a rounded figure may lie from the exact one.
 * {@code unit} is a canonical unit: CNY, USD, a counted thing (vehicle, train…), % or "" when not
 * said. {@code written} is the figure as the text wrote it.
 */
public record Figure(
    Measure measure, BigDecimal value, BigDecimal tolerance, String unit, Bound bound, String written) {

  public Figure {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(bound, "bound");
    tolerance = tolerance == null ? BigDecimal.ZERO : tolerance.abs();
    unit = unit == null ? "" : unit;
    written = written == null ? "" : written;
  }

  public Figure withBound(Bound b) {
    return new Figure(measure, value, tolerance, unit, b, written);
  }

  /** A decline of the same size: "fell 3.5%" is growth of -3.5%. */
  public Figure negated() {
    return new Figure(measure, value.negate(), tolerance, unit, bound, written);
  }
}
