package tradebot.extract;

import java.util.Objects;
import tradebot.store.Indicator;

/**
 * One figure read from a sentence: what it measures (the article's own phrase, Simplified), where
 * and when it holds, its kind, the quantity as written and, for an amount, its growth as written.
 * {@code place} is a place id from the lexicon, or the name as written when the lexicon lacks it.
 */
public record Figure(
    String measure,
    String place,
    Period period,
    Indicator.Kind kind,
    Quantity quantity,
    String growth,
    String sentence) {

  public Figure {
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    growth = growth == null ? "" : growth;
  }

  Figure withGrowth(String newGrowth) {
    return new Figure(measure, place, period, kind, quantity, newGrowth, sentence);
  }
}
