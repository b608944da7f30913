package tradebot.intent.handlers;

import java.util.ArrayList;
import java.util.List;
import tradebot.intent.Aspect;
import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;

/**
 * "增速呢？" or "growth?" right after an answer: the same figure again, or its sibling of the asked
 * kind from the same sentence (the growth rate printed next to it, the share beside it).
 */
public final class FollowUpHandler implements IntentHandler {
  private final ReplyWriter writer;
  private final IndicatorStore store;

  public FollowUpHandler(ReplyWriter writer, IndicatorStore store) {
    this.writer = writer;
    this.store = store;
  }

  @Override
  public boolean canHandle(Turn turn) {
    var q = turn.question();
    return !turn.previous().isEmpty() && !q.hasContent() && !q.aspects().isEmpty();
  }

  @Override
  public Reply handle(Turn turn) {
    List<Indicator> answer = new ArrayList<>();
    for (Indicator previous : turn.previous()) {
      Indicator chosen = previous;
      for (Aspect aspect : turn.question().aspects()) {
        if (!fits(previous, aspect)) {
          chosen = sibling(previous, aspect);
        }
      }
      if (!answer.contains(chosen)) {
        answer.add(chosen);
      }
    }
    return writer.answer(answer, turn.lang());
  }

  private Indicator sibling(Indicator previous, Aspect aspect) {
    return store.indicators().stream()
        .filter(i -> i.sentence().equals(previous.sentence()) && i.region().equals(previous.region()))
        .filter(i -> fits(i, aspect))
        .findFirst()
        .orElse(previous);
  }

  static boolean fits(Indicator i, Aspect aspect) {
    return switch (aspect) {
      case GROWTH -> i.hasGrowth() || i.kind() == Indicator.Kind.GROWTH;
      case SHARE -> i.kind() == Indicator.Kind.SHARE;
      case RANK -> i.kind() == Indicator.Kind.RANK;
      case COUNT -> i.kind() == Indicator.Kind.COUNT;
      case DATE -> i.kind() == Indicator.Kind.DATE;
      case VALUE -> i.kind() == Indicator.Kind.VALUE;
      case LIST, DURATION -> true;
    };
  }
}
