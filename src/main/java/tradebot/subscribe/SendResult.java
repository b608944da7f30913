package tradebot.subscribe;

import java.time.Duration;
import java.util.Objects;

/** What a platform said to a post. */
public sealed interface SendResult {

  /** The platform accepted the post. */
  record Sent() implements SendResult {}

  /** Rate limited (HTTP 429): try again after {@code retryAfter}. */
  record RetryAfter(Duration retryAfter) implements SendResult {
    public RetryAfter {
      Objects.requireNonNull(retryAfter, "retryAfter");
      retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }
  }

  /** A failure that may pass (network, 5xx): the post is retried in a later pass. */
  record Transient(String reason) implements SendResult {}

  /** The chat is gone for this bot (blocked, kicked, channel not found): stop the subscription. */
  record Permanent(String reason) implements SendResult {}

  static SendResult sent() {
    return new Sent();
  }

  static SendResult retryAfter(Duration d) {
    return new RetryAfter(d);
  }

  static SendResult failedTransiently(String reason) {
    return new Transient(reason);
  }

  static SendResult failedPermanently(String reason) {
    return new Permanent(reason);
  }
}
