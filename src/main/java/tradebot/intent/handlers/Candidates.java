package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.List;
import tradebot.intent.Aspect;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.store.Indicator;

/**
 * Reading the ranked candidates before answering: whether the best one states what was asked, and
 * whether other candidates make the question ambiguous (the same measure for another place, or
 * different facts tied).
 */
final class Candidates {

  /** A figure of another place this close to the best one is a real alternative. */
  static final double RIVAL = 0.5;
  /** …and the same metric of another place counts down to this, whatever its keywords. */
  static final double RIVAL_FLOOR = 0.25;
  /** Different facts this close to the best one are a tie. */
  static final double TIE = 0.97;
  /** Words with which the articles state a share. */
  static final List<String> SHARE_WORDS = List.of("占", "佔", "比重", "成", "分之");

  private Candidates() {}

  /**
   * A share asked for and only an amount found ("长沙电动汽车出口占全省的比例" when only the amount is
   * stated), or an amount asked for and only a description found (PV exports, which the articles
   * give only inside the "new three"), a growth rate asked where only an amount is stated, or an
   * amount where only a growth rate is: the figure asked is not stated.
   */
  static boolean answersWhatIsAsked(ParsedQuestion q, Indicator best) {
    if (q.aspects().contains(Aspect.SHARE)
        && best.kind() != Indicator.Kind.SHARE
        && SHARE_WORDS.stream().noneMatch(best.sentence()::contains)) {
      return false;
    }
    boolean onlyAmount = q.aspects().equals(java.util.Set.of(Aspect.VALUE));
    if (onlyAmount
        && (best.kind() == Indicator.Kind.FACT || best.kind() == Indicator.Kind.RANK || best.kind() == Indicator.Kind.GROWTH)) {
      return false;
    }
    // a growth rate asked and only the amount stated (or the other way round, above)
    boolean onlyGrowth = q.aspects().equals(java.util.Set.of(Aspect.GROWTH));
    return !(onlyGrowth && !best.hasGrowth() && best.kind() != Indicator.Kind.GROWTH);
  }

  /**
   * "占全省比重是多少？": several different facts fit equally well, so picking one would be a guess.
   * The same fact reported twice (both articles give Changsha's total) is not a tie.
   */
  static List<Scored> tiedDifferentFacts(List<Scored> ranked, Scored top) {
    List<Scored> tied = new ArrayList<>();
    tied.add(top);
    for (Scored s : ranked.subList(1, ranked.size())) {
      if (s.score() < TIE * top.score() || tied.size() >= FactHandler.MAX_OPTIONS) {
        break;
      }
      boolean sameFact =
          tied.stream().anyMatch(t -> sameFact(t.indicator(), s.indicator()));
      if (!sameFact) {
        tied.add(s);
      }
    }
    return tied;
  }

  static boolean sameFact(Indicator a, Indicator b) {
    return a.sentence().equals(b.sentence())
        || sameFigureInTwoCurrencies(a, b)
        || (a.region().equals(b.region()) && a.kind() == b.kind() && nearlyEqual(a, b))
        || MetricSimilarity.of(a, b) >= 0.6;
  }

  /** 4531.7亿元 and, in the next sentence, 637.5亿美元: one total stated in yuan and in dollars. */
  static boolean sameFigureInTwoCurrencies(Indicator a, Indicator b) {
    boolean dollarsA = a.unit().contains("美元");
    boolean dollarsB = b.unit().contains("美元");
    return dollarsA != dollarsB
        && a.unit().contains("元") && b.unit().contains("元")
        && a.kind() == b.kind()
        && a.region().equals(b.region())
        && a.period().equals(b.period())
        && a.sourceId().equals(b.sourceId())
        && (a.metricZh().contains(b.metricZh()) || b.metricZh().contains(a.metricZh()));
  }

  /** 303.5亿元 and 突破303亿元: one figure, stated exactly once and rounded once. */
  static boolean nearlyEqual(Indicator a, Indicator b) {
    if (a.number() == null || b.number() == null || a.number().signum() == 0) {
      return false;
    }
    double x = a.number().doubleValue();
    double y = b.number().doubleValue();
    return Math.abs(x - y) <= 0.02 * Math.max(Math.abs(x), Math.abs(y));
  }

  /**
   * Without a place, a figure that another place also has, and that fits the question as well
   * ("2025年对非洲进出口总额" — Hunan's or Changsha's?), makes the question ambiguous.
   */
  static List<Scored> otherRegionRivals(Turn turn, List<Scored> ranked, Scored top) {
    double topCoverage = turn.ranker().coverage(turn.question(), top.indicator());
    List<Scored> rivals = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.score() < RIVAL_FLOOR * top.score() || rivals.size() >= FactHandler.MAX_OPTIONS - 1) {
        break;
      }
      if (s.score() < RIVAL * top.score() && MetricSimilarity.of(s.indicator(), top.indicator()) < 0.6) {
        continue;
      }
      Indicator i = s.indicator();
      boolean otherPlace =
          !i.region().equals(top.indicator().region()) && !i.sentence().equals(top.indicator().sentence());
      boolean sameKind = i.kind() == top.indicator().kind();
      boolean rivalRegionTaken = rivals.stream().anyMatch(r -> r.indicator().region().equals(i.region()));
      boolean fitsAsWell =
          turn.ranker().coverage(turn.question(), i) >= topCoverage - 0.05
              || MetricSimilarity.of(i, top.indicator()) >= 0.6;
      if (otherPlace && sameKind && !rivalRegionTaken && fitsAsWell) {
        rivals.add(s);
      }
    }
    return rivals;
  }

  /** "湖南排第几？": a place and what about it, but no figure named. */
  static boolean onlyPlaceAndAspect(Turn turn) {
    ParsedQuestion q = turn.question();
    if (q.regions().isEmpty() || q.genericTrade()) {
      return false;
    }
    return q.namesOnlyPlaces(turn.ranker().regionWords());
  }
}
