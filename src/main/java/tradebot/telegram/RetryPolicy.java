package tradebot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard a send is retried: at most {@code attempts} tries; after a 5xx or a network failure the
 * wait starts at {@code firstBackoff} and doubles up to {@code maxBackoff}; a 429 waits the
 * retry_after Telegram asks for, unless that is longer than {@code maxRetryAfter} (then give up).
 */
record RetryPolicy(int attempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter) {

  static final RetryPolicy DEFAULT =
      new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(2));

  RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
    }
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
  }

  /** The wait before try number {@code attempt + 1} after a transient failure of try {@code attempt}. */
  Duration backoff(int attempt) {
    Duration d = firstBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
    return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
  }
}
