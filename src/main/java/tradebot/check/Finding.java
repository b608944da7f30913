package tradebot.check;

import tradebot.store.Indicator;

/** One claimed figure and what settles it: the indicator and its figure of the same measure, if any. */
record Finding(Figure claimed, Indicator indicator, Figure stated, Outcome outcome) {

  static Finding unsettled(Figure claimed) {
    return new Finding(claimed, null, null, Outcome.UNSETTLED);
  }

  boolean settled() {
    return outcome != Outcome.UNSETTLED;
  }

  boolean agrees() {
    return outcome == Outcome.AGREES || outcome == Outcome.AGREES_ROUNDED;
  }
}
