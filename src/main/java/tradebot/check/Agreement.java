package tradebot.check;

import java.math.BigDecimal;

/**
 * Compares a claimed figure with a stated one of the same measure. Each is read as a range in base
 * units: an exact figure spans its rounding (2,875.4亿 is 2,875.35亿 to 2,875.45亿), 超 / over is
 * everything from the value up, 近 / nearly a little below it, 不到 / below everything under it. The
 * claim agrees when the stated range lies inside the claimed one, and disagrees when they do not
 * meet; growth and decline are signed, so "fell 3.5%" never meets "增长3.5%".
 */
final class Agreement {

  /** How far under its value "nearly" reaches: 近400 is more than 340. */
  private static final BigDecimal NEARLY_SPAN = new BigDecimal("0.15");
  /** How far "about" reaches either side. */
  private static final BigDecimal ABOUT_SPAN = new BigDecimal("0.05");

  private Agreement() {}

  /** A range; null ends are unbounded, open ends exclude their value (超30亿 is more than 30亿). */
  private record Range(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
    boolean within(Range outer) {
      boolean lowOk =
          outer.low == null
              || (low != null && (low.compareTo(outer.low) > 0 || (low.compareTo(outer.low) == 0 && (lowOpen || !outer.lowOpen))));
      boolean highOk =
          outer.high == null
              || (high != null
                  && (high.compareTo(outer.high) < 0 || (high.compareTo(outer.high) == 0 && (highOpen || !outer.highOpen))));
      return lowOk && highOk;
    }

    boolean meets(Range other) {
      return below(low, lowOpen, other.high, other.highOpen) && below(other.low, other.lowOpen, high, highOpen);
    }

    private static boolean below(BigDecimal low, boolean lowOpen, BigDecimal high, boolean highOpen) {
      if (low == null || high == null) {
        return true;
      }
      int c = low.compareTo(high);
      return c < 0 || (c == 0 && !lowOpen && !highOpen);
    }
  }

  static Outcome compare(Figure claimed, Figure stated) {
    if (!comparable(claimed, stated)) {
      throw new IllegalArgumentException("different measures: " + claimed.measure() + ", " + stated.measure());
    }
    if (Units.isCurrency(claimed.unit()) && Units.isCurrency(stated.unit()) && !claimed.unit().equals(stated.unit())) {
      return Outcome.DISAGREES; // yuan are not dollars
    }
    if (claimed.bound() == Bound.EXACT && stated.bound() == Bound.EXACT) {
      BigDecimal diff = claimed.value().subtract(stated.value()).abs();
      if (diff.signum() == 0) {
        return Outcome.AGREES;
      }
      return diff.compareTo(claimed.tolerance().max(stated.tolerance())) <= 0
          ? Outcome.AGREES_ROUNDED
          : Outcome.DISAGREES;
    }
    Range c = range(claimed);
    Range s = range(stated);
    boolean sameBound = kind(claimed.bound()) == kind(stated.bound());
    if (sameBound && claimed.value().compareTo(stated.value()) == 0) {
      return Outcome.AGREES;
    }
    if (s.within(c)) {
      return stated.bound() == Bound.EXACT && claimed.bound() == Bound.ABOUT ? Outcome.AGREES_ROUNDED : Outcome.AGREES;
    }
    // "exported 100,000 vehicles" against 首次突破10万辆: the claim names the mark the source says was passed
    if (claimed.bound() == Bound.EXACT && stated.bound() != Bound.EXACT
        && claimed.value().subtract(stated.value()).abs().compareTo(claimed.tolerance().max(stated.tolerance())) <= 0) {
      return Outcome.AGREES_ROUNDED;
    }
    if (!c.meets(s)) {
      return Outcome.DISAGREES;
    }
    return Outcome.UNSETTLED;
  }

  /** Over and first-time-over are the same range; the first time is not checked separately. */
  private static int kind(Bound b) {
    return b.lower() ? 1 : b.upper() ? 2 : b == Bound.ABOUT ? 3 : 0;
  }

  private static Range range(Figure f) {
    BigDecimal v = f.value();
    BigDecimal t = f.tolerance();
    return switch (f.bound()) {
      case EXACT -> new Range(v.subtract(t), false, v.add(t), false);
      case ABOUT -> {
        BigDecimal span = v.abs().multiply(ABOUT_SPAN).max(t);
        yield new Range(v.subtract(span), false, v.add(span), false);
      }
      case OVER, FIRST_OVER -> new Range(v, true, null, false);
      case AT_LEAST -> new Range(v, false, null, false);
      case NEARLY -> new Range(v.subtract(v.abs().multiply(NEARLY_SPAN)), false, v, true);
      case UNDER -> new Range(null, false, v, true);
      case AT_MOST -> new Range(null, false, v, false);
    };
  }

  /** Whether two figures measure the same thing, so one can settle the other. */
  static boolean comparable(Figure claimed, Figure stated) {
    if (claimed.measure() != stated.measure()) {
      return false;
    }
    if (claimed.measure() == Measure.QUANTITY) {
      // "10个" against 10个国家: a generic counter counts things, never years
      boolean generic = claimed.unit().isEmpty() || stated.unit().isEmpty();
      return claimed.unit().equals(stated.unit())
          || (generic && !Units.isTime(claimed.unit()) && !Units.isTime(stated.unit()));
    }
    return true;
  }
}
