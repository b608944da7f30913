package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import tradebot.intent.IntentHandler;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;

/**
 * "长沙呢？" / "and Changsha?" right after an answer: the same measure for the place now named, when
 * the articles state it; otherwise a plain "not stated" rather than some other figure of that place.
 */
public final class OtherPlaceFollowUpHandler implements IntentHandler {
  /** How alike two metric names must be to count as the same measure for another place. */
  private static final double SAME_MEASURE = 0.3;

  private final ReplyWriter writer;
  private final IndicatorStore store;
  private final Messages messages;

  public OtherPlaceFollowUpHandler(ReplyWriter writer, IndicatorStore store, Messages messages) {
    this.writer = writer;
    this.store = store;
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    ParsedQuestion q = turn.question();
    if (turn.previous().isEmpty() || q.regions().isEmpty() || q.genericTrade()) {
      return false;
    }
    boolean placeChanged = turn.previous().stream().noneMatch(p -> q.regions().contains(p.region()));
    return q.namesOnlyPlaces(turn.ranker().regionWords()) && placeChanged;
  }

  @Override
  public Reply handle(Turn turn) {
    List<Indicator> answer = new ArrayList<>();
    for (Indicator previous : turn.previous()) {
      for (String region : turn.question().regions()) {
        counterpart(previous, region).filter(i -> !answer.contains(i)).ifPresent(answer::add);
      }
    }
    if (answer.isEmpty()) {
      return Declines.decline(messages, turn.lang(), "decline.notStatedForPlace");
    }
    return writer.answer(answer, turn.lang());
  }

  private Optional<Indicator> counterpart(Indicator previous, String region) {
    return store.indicators().stream()
        .filter(i -> i.region().equals(region) && i.kind() == previous.kind())
        .filter(i -> MetricSimilarity.of(i, previous) >= SAME_MEASURE)
        .max(Comparator.comparingDouble(i -> MetricSimilarity.of(i, previous)));
  }
}
