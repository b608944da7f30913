package tradebot.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.store.Indicator;
import tradebot.text.ChineseConverter;

/**
 * The figures an indicator states, in the same form as a claim's: its value (amount, count, share,
 * rank or growth, by its kind and unit) with its qualifier, and its growth rate when it has one.
 */
final class StatedFigures {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private static final Pattern SIGNED_PERCENT = Pattern.compile("(下降|减少|下滑|-|−)?\\s*(\\d+(?:\\.\\d+)?)\\s*%");

  private final ChineseConverter converter;

  StatedFigures(ChineseConverter converter) {
    this.converter = converter;
  }

  List<Figure> of(Indicator indicator) {
    List<Figure> out = new ArrayList<>();
    String unit = converter.toSimplified(indicator.unit());
    String canonical = Units.canonical(unit);
    Bound bound = bound(indicator.qualifier());
    String written = indicator.value() + indicator.unit();
    BigDecimal number = indicator.number();
    switch (indicator.kind()) {
      case VALUE, COUNT -> {
        if (number != null) {
          Measure m = Units.isCurrency(canonical) ? Measure.AMOUNT
              : canonical.equals(Units.PERCENT) ? Measure.SHARE : Measure.QUANTITY;
          out.add(new Figure(m, number, tolerance(indicator.value(), number), canonical, bound, written));
        }
      }
      case SHARE -> {
        if (number != null) {
          out.add(new Figure(Measure.SHARE, number, tolerance(indicator.value(), number), Units.PERCENT, bound, written));
        }
      }
      case GROWTH -> {
        if (number != null) {
          boolean points = unit.contains("百分点");
          out.add(new Figure(points ? Measure.POINTS : Measure.GROWTH, number, tolerance(indicator.value(), number),
              points ? "pp" : Units.PERCENT, bound, written));
        }
      }
      case RANK -> {
        int n = FigureExtractor.ordinal(converter.toSimplified(indicator.value()));
        if (n > 0) {
          out.add(new Figure(Measure.RANK, BigDecimal.valueOf(n), BigDecimal.ZERO, "", Bound.EXACT, indicator.value()));
        }
      }
      default -> {
        // dates and descriptions state no figure a claim could be checked against
      }
    }
    if (indicator.hasGrowth() && indicator.kind() != Indicator.Kind.GROWTH) {
      Matcher g = SIGNED_PERCENT.matcher(converter.toSimplified(indicator.growth()));
      if (g.find()) {
        BigDecimal v = new BigDecimal(g.group(2));
        BigDecimal half = BigDecimal.ONE.movePointLeft(v.scale()).multiply(HALF);
        out.add(new Figure(Measure.GROWTH, g.group(1) == null ? v : v.negate(), half, Units.PERCENT, Bound.EXACT,
            indicator.growth()));
      }
    }
    return out;
  }

  private static Bound bound(String qualifier) {
    if (qualifier == null || qualifier.isBlank()) {
      return Bound.EXACT;
    }
    return switch (qualifier) {
      case "余", "餘", "多", "站稳", "站穩" -> Bound.OVER;
      case "超過" -> Bound.OVER;
      case "以上" -> Bound.AT_LEAST;
      case "达", "達" -> Bound.EXACT;
      default -> FigureExtractor.zhBound(qualifier);
    };
  }

  /** Half the last written digit, in base units: 2,875.4 (亿元) → 0.05亿元. */
  private static BigDecimal tolerance(String value, BigDecimal number) {
    String digits = value.replace(",", "");
    if (!digits.matches("\\d+(\\.\\d+)?")) {
      return BigDecimal.ZERO;
    }
    BigDecimal written = new BigDecimal(digits);
    if (written.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal scale = number.divide(written, java.math.MathContext.DECIMAL64);
    return BigDecimal.ONE.movePointLeft(written.scale()).multiply(scale).multiply(HALF);
  }
}
