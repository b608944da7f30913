package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/** Nothing to read (blank, only punctuation or emoji): say what to send. */
public final class EmptyMessageHandler implements IntentHandler {
  private final Messages messages;

  public EmptyMessageHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.question().folded().isBlank();
  }

  @Override
  public Reply handle(Turn turn) {
    return Reply.message(Reply.Kind.HELP, turn.lang(), messages.get(turn.lang(), "decline.empty"));
  }
}
