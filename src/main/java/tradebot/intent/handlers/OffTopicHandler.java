package tradebot.intent.handlers;

import java.util.List;
import tradebot.intent.IntentHandler;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * Subjects outside foreign trade (share prices, weather, population) that a question may share a
 * word or two with: declined unless the best-matching fact really is about that subject.
 */
public final class OffTopicHandler implements IntentHandler {
  private final Messages messages;

  public OffTopicHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    List<String> cues = turn.question().offTopicCues();
    if (cues.isEmpty()) {
      return false;
    }
    List<Scored> ranked = turn.ranked();
    return ranked.isEmpty()
        || cues.stream().anyMatch(c -> !turn.ranker().sentenceMentions(ranked.get(0).indicator(), c));
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.scope");
  }
}
