package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * Requests the bot does not serve: revealing its instructions, obeying pasted orders, translating
 * or writing text, forecasting. Checked before any figure is looked up, so none can leak.
 */
public final class RefusalHandler implements IntentHandler {
  private final Messages messages;

  public RefusalHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return !turn.question().refusals().isEmpty();
  }

  @Override
  public Reply handle(Turn turn) {
    var refusals = turn.question().refusals();
    String key =
        refusals.contains("injection")
            ? "decline.injection"
            : refusals.contains("task") ? "decline.task" : "decline.forecast";
    return Declines.decline(messages, turn.lang(), key);
  }
}
