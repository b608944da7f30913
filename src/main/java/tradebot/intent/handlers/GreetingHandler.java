package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/** "你好", "hi": a greeting with an example question, unless a question comes with it. */
public final class GreetingHandler implements IntentHandler {
  private final Messages messages;

  public GreetingHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    var q = turn.question();
    return q.greeting() && !q.hasContent() && q.aspects().isEmpty() && !q.genericTrade();
  }

  @Override
  public Reply handle(Turn turn) {
    return Reply.message(Reply.Kind.GREETING, turn.lang(), messages.get(turn.lang(), "greeting"));
  }
}
