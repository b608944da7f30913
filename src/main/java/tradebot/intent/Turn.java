package tradebot.intent;

import java.util.List;
import tradebot.store.Indicator;
import tradebot.text.Lang;

/**
 * One message being routed: the parsed question, what was answered just before in this
 * conversation (for follow-ups such as "增速呢？"), and the ranking, computed once on first use.
 */
public final class Turn {

  private final ParsedQuestion question;
  private final List<Indicator> previous;
  private final Lang lang;
  private final IndicatorRanker ranker;
  private List<Scored> ranked;

  public Turn(ParsedQuestion question, List<Indicator> previous, Lang lang, IndicatorRanker ranker) {
    this.question = question;
    this.previous = List.copyOf(previous);
    this.lang = lang;
    this.ranker = ranker;
  }

  public ParsedQuestion question() {
    return question;
  }

  public List<Indicator> previous() {
    return previous;
  }

  public Lang lang() {
    return lang;
  }

  public List<Scored> ranked() {
    if (ranked == null) {
      ranked = ranker.rank(question);
    }
    return ranked;
  }

  public IndicatorRanker ranker() {
    return ranker;
  }
}
