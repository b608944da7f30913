package tradebot.intent.handlers;

import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * "你好", "hi": a greeting with an example question, unless a question comes with it; "谢谢",
 * "thanks": a short reply that leaves the conversation where it was.
 */
public final class GreetingHandler implements IntentHandler {
  /** Folded words of thanks or acknowledgement among the greeting words. */
  private static final java.util.List<String> THANKS =
      java.util.List.of("谢", "thank", "thx", "cheers", "好的", "明白", "知道了", "got it");

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
    String folded = turn.question().folded();
    boolean thanks = THANKS.stream().anyMatch(folded::contains);
    return Reply.message(Reply.Kind.GREETING, turn.lang(), messages.get(turn.lang(), thanks ? "thanks" : "greeting"));
  }
}
