package tradebot.chat;

import java.time.Duration;
import tradebot.reply.Reply;

/**
 * Told about every message {@link ChatService} handled: what it was ({@code intent}: "question", or
 * the command, e.g. "/topics"), the reply, and how long it took. For logs and metrics.
 */
@FunctionalInterface
public interface MessageObserver {

  MessageObserver NONE = (message, intent, reply, took) -> {};

  void handled(Incoming message, String intent, Reply reply, Duration took);
}
