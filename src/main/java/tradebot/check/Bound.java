package tradebot.check;

/**
 * How a figure is qualified: exactly, roughly, or as a bound (超 / over, 近 / nearly, 不到 / below,
 * 最高 / up to, 至少 / at least, 首次突破 / for the first time over). A qualifier is part of the value:
 * "fell below 100 billion" and "over 100 billion" are different claims.
 */
public enum Bound {
  EXACT,
  ABOUT,
  OVER,
  FIRST_OVER,
  AT_LEAST,
  NEARLY,
  UNDER,
  AT_MOST;

  /** True for bounds that state a lower limit: the figure is at or above the value. */
  boolean lower() {
    return this == OVER || this == FIRST_OVER || this == AT_LEAST;
  }

  /** True for bounds that state an upper limit: the figure is at or below the value. */
  boolean upper() {
    return this == NEARLY || this == UNDER || this == AT_MOST;
  }
}
