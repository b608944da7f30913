package tradebot.chat;

import tradebot.reply.Reply;
import tradebot.text.Lang;

/** /subscribe, /unsubscribe and /subscriptions for one chat; implemented by the subscribe package. */
public interface SubscriptionCommands {

  Reply handle(Incoming message, String command, String arguments, Lang lang);
}
