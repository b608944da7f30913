package tradebot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls Slack until it works or the attempts run out: after a 429 it waits what Retry-After says
 * (capped), after a network error or a 5xx it backs off exponentially; other failures are final.
 */
final class Retrying {

  private static final Logger log = LoggerFactory.getLogger(Retrying.class);

  /** What one attempt returns: done, or a failure that may be worth another try. */
  sealed interface Outcome<T> {
    record Done<T>(T value) implements Outcome<T> {}

    /** retryAfter is null when Slack did not say how long to wait. */
    record Retry<T>(String reason, Duration retryAfter) implements Outcome<T> {}

    record Fail<T>(String reason) implements Outcome<T> {}
  }

  @FunctionalInterface
  interface Attempt<T> {
    Outcome<T> run() throws IOException;
  }

  private final Sleeper sleeper;
  private final int maxAttempts;
  private final Duration firstBackoff;
  private final Duration maxWait;

  Retrying(Sleeper sleeper, int maxAttempts, Duration firstBackoff, Duration maxWait) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    this.firstBackoff = firstBackoff;
    this.maxWait = maxWait;
  }

  static Retrying defaults(Sleeper sleeper) {
    return new Retrying(sleeper, 5, Duration.ofMillis(500), Duration.ofSeconds(60));
  }

  <T> T call(String what, Attempt<T> attempt) throws SlackDeliveryException, InterruptedException {
    Duration backoff = firstBackoff;
    String reason = "";
    for (int n = 1; n <= maxAttempts; n++) {
      Outcome<T> outcome;
      try {
        outcome = attempt.run();
      } catch (IOException e) {
        outcome = new Outcome.Retry<>(e.getClass().getSimpleName() + ": " + e.getMessage(), null);
      }
      if (outcome instanceof Outcome.Done<T> done) {
        return done.value();
      }
      if (outcome instanceof Outcome.Fail<T> fail) {
        throw new SlackDeliveryException(what + " failed: " + fail.reason(), true);
      }
      Outcome.Retry<T> retry = (Outcome.Retry<T>) outcome;
      reason = retry.reason();
      if (n == maxAttempts) {
        break;
      }
      Duration wait = retry.retryAfter() != null ? retry.retryAfter() : backoff;
      wait = wait.compareTo(maxWait) > 0 ? maxWait : wait;
      log.warn("{} failed (attempt {} of {}: {}); retrying in {} ms", what, n, maxAttempts, reason, wait.toMillis());
      sleeper.sleep(wait);
      backoff = backoff.multipliedBy(2);
    }
    throw new SlackDeliveryException(what + " failed after " + maxAttempts + " attempts: " + reason, false);
  }

  /** Slack's Retry-After is whole seconds; a missing or odd value means "use the backoff". */
  static Duration retryAfter(String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.strip());
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
