package tradebot.intent.handlers;

import java.util.List;
import tradebot.intent.IntentHandler;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * A place the articles have no figures for (上海, Beijing, France). The question is still answered
 * when the best-matching sentence itself names that place (长沙海关与重庆海关…), since then the
 * article does speak of it.
 */
public final class OtherPlaceHandler implements IntentHandler {
  private final Messages messages;

  public OtherPlaceHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    List<String> places = turn.question().otherPlaces();
    if (places.isEmpty()) {
      return false;
    }
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return true;
    }
    for (String place : places) {
      if (!turn.ranker().sentenceMentions(ranked.get(0).indicator(), place)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.place", turn.question().otherPlaces().get(0));
  }
}
