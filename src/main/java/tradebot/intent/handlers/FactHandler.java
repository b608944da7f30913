package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebot.intent.Aspect;
import tradebot.intent.IntentHandler;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.Indicator;

/**
 * The main intent: a question about a figure (value, growth, share, rank, count, date, list, or a
 * comparison of places). Answers the best-matching indicator; asks back with the candidates when the
 * question does not say enough to choose; leaves weak matches to the decline.
 */
public final class FactHandler implements IntentHandler {

  /** Below this the best match is a coincidence of common words, not an answer. */
  static final double MIN_SCORE = 3.0;
  /** A weaker match must account for at least this share of what the question says… */
  static final double MIN_COVERAGE = 0.5;
  /**
   * …while a match this strong rests on specific keywords, whatever the phrasing around them, as
   * long as it accounts for something the question says beyond places.
   */
  static final double STRONG_SCORE = 8.0;
  /** A figure of another place this close to the best one is a real alternative. */
  static final double RIVAL = 0.5;
  /** …and the same metric of another place counts down to this, whatever its keywords. */
  static final double RIVAL_FLOOR = 0.25;
  /** Different facts this close to the best one are a tie. */
  static final double TIE = 0.97;
  /** Questions with at most this many content terms say too little to break a tie. */
  static final int THIN_QUESTION = 2;
  /** Characters of quoted sentences a reply with two facts may carry. */
  static final int MAX_QUOTED = 320;
  /** Words with which the articles state a share. */
  static final List<String> SHARE_WORDS = List.of("占", "佔", "比重", "成", "%", "分之", "百分点", "百分點");
  static final int MAX_OPTIONS = 5;

  private final ReplyWriter writer;
  private final Messages messages;
  private final List<Indicator> featured;

  /**
   * @param featured what to offer when a question names no figure at all ("增速呢？" out of the blue)
   */
  public FactHandler(ReplyWriter writer, Messages messages, List<Indicator> featured) {
    this.writer = writer;
    this.messages = messages;
    this.featured = List.copyOf(featured);
  }

  @Override
  public boolean canHandle(Turn turn) {
    ParsedQuestion q = turn.question();
    if (!q.hasContent()) {
      return q.genericTrade() || !q.aspects().isEmpty();
    }
    List<Scored> ranked = turn.ranked();
    return !ranked.isEmpty()
        && ranked.get(0).score() >= MIN_SCORE
        && coverageSuffices(turn, ranked.get(0));
  }

  private static boolean coverageSuffices(Turn turn, Scored best) {
    double coverage = turn.ranker().coverage(turn.question(), best.indicator());
    return coverage >= MIN_COVERAGE || (best.score() >= STRONG_SCORE && coverage > 0);
  }

  @Override
  public Reply handle(Turn turn) {
    ParsedQuestion q = turn.question();
    List<Scored> ranked = turn.ranked();
    if (!q.hasContent() || ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
      List<Scored> offer = q.genericTrade() ? headlines(ranked) : List.of();
      return clarify(turn, offer.isEmpty() ? featured() : offer, q.genericTrade() ? "clarify.region" : "clarify.metric");
    }
    if (q.regions().size() >= 2) {
      List<Indicator> perRegion = bestPerRegion(ranked, q);
      if (perRegion.size() >= 2) {
        return writer.answer(perRegion, turn.lang());
      }
    }
    Scored top = ranked.get(0);
    if (!answersWhatIsAsked(q, top.indicator())) {
      return Declines.decline(messages, turn.lang(), "decline.notStated");
    }
    if (q.regions().isEmpty()) {
      List<Scored> rivals = otherRegionRivals(turn, ranked, top);
      if (!rivals.isEmpty()) {
        List<Scored> offer = new ArrayList<>();
        offer.add(top);
        offer.addAll(rivals);
        return clarify(turn, offer, "clarify.region");
      }
    }
    if (onlyPlaceAndAspect(turn)) {
      return clarify(turn, ranked, "clarify.metric");
    }
    List<Scored> tied = tiedDifferentFacts(ranked, top);
    if (tied.size() > 1) {
      // A question that says almost nothing ("占全省比重是多少？") is asked back; a specific one
      // that two facts answer equally well gets both.
      if (turn.ranker().contentSize(q) <= THIN_QUESTION) {
        return clarify(turn, tied, "clarify.metric");
      }
      List<Indicator> both = tied.stream().limit(2).map(Scored::indicator).toList();
      int quoted = both.stream().mapToInt(i -> i.sentence().length()).sum();
      // two long quotes would bury the answer; then the best one alone
      return writer.answer(quoted <= MAX_QUOTED ? both : both.subList(0, 1), turn.lang());
    }
    return writer.answer(List.of(top.indicator()), turn.lang());
  }

  /**
   * A share asked for and only an amount found ("长沙电动汽车出口占全省的比例" when only the amount is
   * stated), or an amount asked for and only a description found (PV exports, which the articles
   * give only inside the "new three"): the figure asked is not stated.
   */
  private static boolean answersWhatIsAsked(ParsedQuestion q, Indicator best) {
    if (q.aspects().contains(Aspect.SHARE)
        && best.kind() != Indicator.Kind.SHARE
        && SHARE_WORDS.stream().noneMatch(best.sentence()::contains)) {
      return false;
    }
    boolean onlyAmount = q.aspects().equals(java.util.Set.of(Aspect.VALUE));
    return !(onlyAmount && (best.kind() == Indicator.Kind.FACT || best.kind() == Indicator.Kind.RANK));
  }

  /**
   * "占全省比重是多少？": several different facts fit equally well, so picking one would be a guess.
   * The same fact reported twice (both articles give Changsha's total) is not a tie.
   */
  private static List<Scored> tiedDifferentFacts(List<Scored> ranked, Scored top) {
    List<Scored> tied = new ArrayList<>();
    tied.add(top);
    for (Scored s : ranked.subList(1, ranked.size())) {
      if (s.score() < TIE * top.score() || tied.size() >= MAX_OPTIONS) {
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

  private static boolean sameFact(Indicator a, Indicator b) {
    return a.sentence().equals(b.sentence())
        || (a.region().equals(b.region()) && a.kind() == b.kind() && nearlyEqual(a, b))
        || MetricSimilarity.of(a, b) >= 0.6;
  }

  /** 303.5亿元 and 突破303亿元: one figure, stated exactly once and rounded once. */
  private static boolean nearlyEqual(Indicator a, Indicator b) {
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
  private static List<Scored> otherRegionRivals(Turn turn, List<Scored> ranked, Scored top) {
    double topCoverage = turn.ranker().coverage(turn.question(), top.indicator());
    List<Scored> rivals = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.score() < RIVAL_FLOOR * top.score() || rivals.size() >= MAX_OPTIONS - 1) {
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
  private static boolean onlyPlaceAndAspect(Turn turn) {
    ParsedQuestion q = turn.question();
    if (q.regions().isEmpty() || q.genericTrade()) {
      return false;
    }
    String zh = q.content();
    for (String w : turn.ranker().regionWords()) {
      zh = zh.replace(w, "");
    }
    return zh.isBlank() && turn.ranker().regionWords().containsAll(q.englishContent());
  }

  /** For "外贸多少？": each place's headline figure, once per place. */
  private static List<Scored> headlines(List<Scored> ranked) {
    List<Scored> out = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.indicator().headline()
          && out.stream().noneMatch(o -> o.indicator().region().equals(s.indicator().region()))) {
        out.add(s);
      }
    }
    return out;
  }

  private List<Scored> featured() {
    return featured.stream().map(i -> new Scored(i, 0)).toList();
  }

  private static List<Indicator> bestPerRegion(List<Scored> ranked, ParsedQuestion q) {
    Map<String, Indicator> best = new LinkedHashMap<>();
    double top = ranked.get(0).score();
    for (Scored s : ranked) {
      String region = s.indicator().region();
      if (q.regions().contains(region) && !best.containsKey(region) && s.score() >= 0.5 * top) {
        best.put(region, s.indicator());
      }
    }
    return List.copyOf(best.values());
  }

  private Reply clarify(Turn turn, List<Scored> candidates, String key) {
    List<Option> options = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (Scored s : candidates) {
      if (options.size() >= MAX_OPTIONS) {
        break;
      }
      Option o = writer.option(s.indicator(), turn.lang());
      if (!seen.contains(o.label())) {
        seen.add(o.label());
        options.add(o);
      }
    }
    String text = messages.get(turn.lang(), key);
    return new Reply(Reply.Kind.CLARIFY, turn.lang(), text, List.of(), options);
  }
}
