package tradebot.slack;

/** The claim that makes a Slack event answered once: the first claim of an event_id wins. */
@FunctionalInterface
public interface EventClaims {

  /** True for the first claim of {@code eventId}; throws when the claim cannot be recorded. */
  boolean claim(String eventId);
}
