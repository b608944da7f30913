package tradebot.slack;

/**
 * Slack did not take a message. {@code permanent} failures (channel_not_found, not_in_channel, an
 * expired response_url) will not succeed on retry; the others ran out of attempts.
 */
public final class SlackDeliveryException extends Exception {

  private final boolean permanent;

  SlackDeliveryException(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  public boolean permanent() {
    return permanent;
  }
}
