package tradebot.chat;

import tradebot.reply.Reply;

/** What a platform calls with an incoming message: a reply back. Never throws on input. */
@FunctionalInterface
public interface Chat {

  Reply handle(Incoming message);
}
