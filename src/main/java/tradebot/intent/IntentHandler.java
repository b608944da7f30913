package tradebot.intent;

import tradebot.reply.Reply;

/** One kind of message the bot understands; the router asks each in turn. */
public interface IntentHandler {

  boolean canHandle(Turn turn);

  Reply handle(Turn turn);
}
