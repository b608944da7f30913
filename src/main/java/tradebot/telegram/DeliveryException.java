package tradebot.telegram;

/** A send that did not go through after the retries it deserved; {@code blocked} for a 403. */
final class DeliveryException extends RuntimeException {

  private final boolean blocked;

  DeliveryException(String message, boolean blocked, Throwable cause) {
    super(message, cause);
    this.blocked = blocked;
  }

  boolean blocked() {
    return blocked;
  }
}
