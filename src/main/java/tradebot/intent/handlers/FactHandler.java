package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  /** …while a match this strong rests on specific keywords, whatever the phrasing around them. */
  static final double STRONG_SCORE = 8.0;
  /** Candidates this close to the best are equally plausible. */
  static final double CLOSE = 0.85;
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
        && (ranked.get(0).score() >= STRONG_SCORE
            || turn.ranker().coverage(q, ranked.get(0).indicator()) >= MIN_COVERAGE);
  }

  @Override
  public Reply handle(Turn turn) {
    ParsedQuestion q = turn.question();
    List<Scored> ranked = turn.ranked();
    if (!q.hasContent() || ranked.isEmpty() || ranked.get(0).score() < MIN_SCORE) {
      List<Scored> offer = q.genericTrade() && !ranked.isEmpty() ? ranked : featured();
      return clarify(turn, offer, q.genericTrade() ? "clarify.region" : "clarify.metric");
    }
    if (q.regions().size() >= 2) {
      List<Indicator> perRegion = bestPerRegion(ranked, q);
      if (perRegion.size() >= 2) {
        return writer.answer(perRegion, turn.lang());
      }
    }
    Scored top = ranked.get(0);
    if (q.regions().isEmpty()) {
      List<Scored> close = close(ranked, top);
      long regions = close.stream().map(s -> s.indicator().region()).distinct().count();
      long sentences = close.stream().map(s -> s.indicator().sentence()).distinct().count();
      if (regions > 1 && sentences > 1) {
        return clarify(turn, close, "clarify.region");
      }
    }
    return writer.answer(List.of(top.indicator()), turn.lang());
  }

  private List<Scored> featured() {
    return featured.stream().map(i -> new Scored(i, 0)).toList();
  }

  private static List<Scored> close(List<Scored> ranked, Scored top) {
    List<Scored> close = new ArrayList<>();
    for (Scored s : ranked) {
      if (s.score() >= CLOSE * top.score() && close.size() < MAX_OPTIONS) {
        close.add(s);
      }
    }
    return close;
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
    String text = messages.get(turn.lang(), key) + "\n" + messages.get(turn.lang(), "clarify.pick");
    return new Reply(Reply.Kind.CLARIFY, turn.lang(), text, List.of(), options);
  }
}
