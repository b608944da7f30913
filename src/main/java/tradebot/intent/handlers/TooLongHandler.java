package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * Pasted notices and documents are not questions; answering some figure matched somewhere inside
 * them would mislead, so the bot asks for one short question instead.
 */
public final class TooLongHandler implements IntentHandler {
  /** Longer than any real question in any of the three scripts. */
  public static final int MAX_QUESTION_LENGTH = 300;

  private final Messages messages;

  public TooLongHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.question().raw().codePointCount(0, turn.question().raw().length()) > MAX_QUESTION_LENGTH;
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.tooLong");
  }
}
