package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/** The fallback: nothing in the articles fits, so say plainly what the bot covers. */
public final class ScopeDeclineHandler implements IntentHandler {
  private final Messages messages;

  public ScopeDeclineHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return true;
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.scope");
  }
}
