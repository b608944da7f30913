package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.intent.AskedReader;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.measure.Asked;
import tradebot.measure.Fit;
import tradebot.measure.Measurement;
import java.util.Set;
import tradebot.store.Indicator;

/**
 * Keeps to the candidates that state the figure asked (its measure and aspect), so a related figure
 * (the total when exports were asked, a group for one of its products, a value when the growth was
 * asked) is never given as the answer, nor offered as an equal alternative.
 */
final class StatedFigures {

  /** A fitting candidate this far below a better-scored near miss is still the answer. */
  static final double KEEP = 0.4;

  /** The fitting candidates, best first; or, when none fits, the near miss that scored best. */
  record Choice(List<Scored> fitting, Optional<Indicator> nearMiss, boolean sideBySide) {
    Choice(List<Scored> fitting, Optional<Indicator> nearMiss) {
      this(fitting, nearMiss, false);
    }
  }

  private final Fit fit;
  private final AskedReader reader;

  StatedFigures(Fit fit, AskedReader reader) {
    this.fit = fit;
    this.reader = reader;
  }

  Choice choose(Turn turn) {
    Asked asked = reader.read(turn.question(), turn.ranker().regionWords());
    if (reader.namesNoMeasure(turn.question(), asked, turn.ranker().regionWords())) {
      Choice trade = choose(turn, reader.asTotalTrade(asked));
      if (!trade.fitting().isEmpty()) {
        return trade;
      }
    }
    Choice whole = choose(turn, asked);
    if (whole.fitting().isEmpty() && asked.measure().subjects().size() >= 2) {
      // "工程机械和农业机械哪个增长快？": each side as stated, side by side
      List<Scored> sides = new ArrayList<>();
      for (String subject : asked.measure().subjects()) {
        Measurement one = new Measurement(asked.measure().flow(), Set.of(subject), "");
        Choice side = choose(turn, new Asked(one, false, asked.growth(), asked.share(), asked.amount(), asked.rank()));
        if (!side.fitting().isEmpty()) {
          sides.add(side.fitting().get(0));
        }
      }
      if (!sides.isEmpty()) {
        return new Choice(sides, Optional.empty(), true);
      }
    }
    return whole;
  }

  private Choice choose(Turn turn, Asked asked) {
    List<Scored> ranked = turn.ranked();
    Scored top = ranked.get(0);
    List<Scored> fitting = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.score() < KEEP * top.score()) {
        break;
      }
      if (fit.of(asked, s.indicator()) == Fit.Verdict.FITS
          && samePlaceAndPeriod(turn, top.indicator(), s.indicator())
          && ofThePlaceAsked(turn, s.indicator())) {
        fitting.add(s);
      }
    }
    if (fitting.isEmpty()) {
      return new Choice(List.of(), Optional.of(top.indicator()));
    }
    // the asked aspect of the best-matching sentence (its share, beside its amount) comes first
    for (int i = 1; fitting.get(0) != top && i < fitting.size(); i++) {
      if (fitting.get(i).indicator().sentence().equals(top.indicator().sentence())) {
        fitting.add(0, fitting.remove(i));
        break;
      }
    }
    return new Choice(fitting, Optional.empty());
  }

  /**
   * A figure of the place asked, or a province-wide one whose sentence names it; a city's figure is
   * not the province's ("湖南呢？" after Changsha's share of foreign investment is not answered by it).
   */
  private static boolean ofThePlaceAsked(Turn turn, Indicator i) {
    var regions = turn.question().regions();
    if (regions.isEmpty() || regions.contains(i.region())) {
      return true;
    }
    // a province-wide fact naming the place, or a figure of a part of it (the FTZ's, for Changsha);
    // but the province's own figures are not its capital's
    return regions.stream().anyMatch(r -> turn.ranker().concerns(i, r)
        && !(r.equals("hunan") && i.region().startsWith("changsha")));
  }

  /** A lower candidate replaces the best one only for the place and period the best one is of. */
  private static boolean samePlaceAndPeriod(Turn turn, Indicator top, Indicator other) {
    boolean place = other.region().equals(top.region()) || turn.question().regions().contains(other.region())
        || turn.question().regions().isEmpty();
    boolean period = other.period().equals(top.period()) || turn.question().years().isEmpty();
    return other == top || (place && period);
  }
}
