package tradebot.telegram;

/**
 * A send that did not go through after the retries it deserved; {@code blocked} for a 403,
 * {@code transientFailure} when Telegram was down or unreachable (worth trying again later) rather
 * than refusing the request.
 */
final class DeliveryException extends RuntimeException {

  private final boolean blocked;
  private final boolean transientFailure;

  DeliveryException(String message, boolean blocked, Throwable cause) {
    this(message, blocked, false, cause);
  }

  DeliveryException(String message, boolean blocked, boolean transientFailure, Throwable cause) {
    super(message, cause);
    this.blocked = blocked;
    this.transientFailure = transientFailure;
  }

  boolean transientFailure() {
    return transientFailure;
  }

  boolean blocked() {
    return blocked;
  }
}
