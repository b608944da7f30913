package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tradebot.intent.AskedReader;
import tradebot.intent.IntentHandler;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.measure.Fit;
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
  /** Questions with at most this many content terms say too little to break a tie. */
  static final int THIN_QUESTION = 2;
  /** Characters of quoted sentences a reply with two facts may carry. */
  static final int MAX_QUOTED = 320;
  static final int MAX_OPTIONS = 5;

  private final ReplyWriter writer;
  private final Messages messages;
  private final List<Indicator> featured;
  private final StatedFigures stated;

  /**
   * @param featured what to offer when a question names no figure at all ("增速呢？" out of the blue)
   */
  public FactHandler(
      ReplyWriter writer, Messages messages, List<Indicator> featured, Fit fit, AskedReader reader) {
    this.writer = writer;
    this.messages = messages;
    this.featured = List.copyOf(featured);
    this.stated = new StatedFigures(fit, reader);
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
    List<Scored> all = turn.ranked();
    if (!q.hasContent() || all.isEmpty() || all.get(0).score() < MIN_SCORE) {
      List<Scored> offer = q.genericTrade() ? headlines(all) : List.of();
      return clarify(turn, offer.isEmpty() ? featured() : offer, q.genericTrade() ? "clarify.region" : "clarify.metric");
    }
    StatedFigures.Choice choice = stated.choose(turn);
    if (choice.nearMiss().isPresent()) {
      return nearMiss(turn, choice.nearMiss().get());
    }
    List<Scored> ranked = choice.fitting();
    if (choice.sideBySide()) {
      return writer.answer(ranked.stream().map(Scored::indicator).toList(), turn.lang());
    }
    if (q.regions().size() >= 2) {
      List<Indicator> perRegion = bestPerRegion(ranked, q);
      if (perRegion.size() >= 2) {
        return writer.answer(perRegion, turn.lang());
      }
    }
    Scored top = ranked.get(0);
    if (!Candidates.answersWhatIsAsked(q, top.indicator())) {
      return Declines.decline(messages, turn.lang(), "decline.notStated");
    }
    if (q.regions().isEmpty()) {
      List<Scored> rivals = Candidates.otherRegionRivals(turn, ranked, top);
      if (!rivals.isEmpty()) {
        List<Scored> offer = new ArrayList<>();
        offer.add(top);
        offer.addAll(rivals);
        return clarify(turn, offer, "clarify.region");
      }
    }
    if (Candidates.onlyPlaceAndAspect(turn)) {
      return clarify(turn, ranked, "clarify.metric");
    }
    List<Scored> tied = Candidates.tiedDifferentFacts(ranked, top);
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
   * The figure asked is not stated, a related one is: say so, and name the related one (without its
   * figure, which is not the answer).
   */
  private Reply nearMiss(Turn turn, Indicator related) {
    boolean english = turn.lang() == tradebot.text.Lang.ENGLISH;
    String metric = english ? related.metricEn() : related.metricZh();
    if (metric == null || metric.isBlank() || FIGURE.matcher(metric).find()) {
      return Declines.decline(messages, turn.lang(), "decline.notStated");
    }
    // place and measure only: the label's period or a figure in a name would read as the answer
    String label = writer.label(related, turn.lang());
    String named = label.substring(0, label.indexOf(" · ")) + " · " + label.substring(label.lastIndexOf(" · ") + 3);
    return Declines.decline(messages, turn.lang(), "decline.nearMiss", named);
  }

  /** A figure inside a measure's name ("首破百亿元", "5000亿元台阶"). */
  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[0-9０-９百千万萬亿億成]");

  /** For "外贸多少？": each place's headline figure, once per place. */
  private static List<Scored> headlines(List<Scored> ranked) {
    List<Scored> out = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.indicator().headline()
          && out.stream().noneMatch(o -> o.indicator().region().equals(s.indicator().region()))) {
        out.add(s);
      }
    }
    // a stable order, whatever the scores: the province, then its places from the broadest, so
    // that "2" means the same option however the wording of the data changes
    out.sort(java.util.Comparator.comparing((Scored s) -> !s.indicator().region().equals("hunan"))
        .thenComparingInt(s -> s.indicator().region().length())
        .thenComparing(s -> s.indicator().region()));
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
