package tradebot.subscribe;

/**
 * Sends one daily post to one chat of one platform; each platform adapter implements it. Must
 * not retry by itself (the delivery pass does, within the platform's limits) and should map the
 * platform's answers to a {@link SendResult}; an exception counts as a transient failure.
 */
@FunctionalInterface
public interface PostSender {

  SendResult send(Post post);
}
