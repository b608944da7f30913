package tradebot.intent;

import java.util.List;

/** A readable account of how a question was parsed and ranked, for the explain command. */
public final class Explanation {
  private final QuestionParser parser;
  private final IndicatorRanker ranker;

  public Explanation(QuestionParser parser, IndicatorRanker ranker) {
    this.parser = parser;
    this.ranker = ranker;
  }

  public String explain(String question, int top) {
    ParsedQuestion q = parser.parse(question);
    StringBuilder sb = new StringBuilder();
    sb.append("folded:   ").append(q.folded()).append('\n');
    sb.append("lang:     ").append(q.lang().tag()).append('\n');
    sb.append("regions:  ").append(q.regions()).append("  other places: ").append(q.otherPlaces()).append('\n');
    sb.append("years:    ").append(q.years()).append("  sub-year: ").append(q.subYearCues()).append('\n');
    sb.append("aspects:  ").append(q.aspects()).append("  refusals: ").append(q.refusals()).append('\n');
    sb.append("content:  [").append(q.content()).append("] english: ").append(q.englishContent()).append('\n');
    sb.append("english:  ").append(q.englishText()).append('\n');
    List<Scored> ranked = ranker.rank(q);
    for (int i = 0; i < Math.min(top, ranked.size()); i++) {
      Scored s = ranked.get(i);
      sb.append(String.format("%6.2f  %s  [%s %s %s]%n", s.score(), s.indicator().id(),
          s.indicator().region(), s.indicator().period(), s.indicator().kind()));
    }
    return sb.toString();
  }
}
