package tradebot.subscribe;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast a platform lets a bot post: at most {@code overallPerSecond} messages overall and one
 * per {@code perChat} to the same chat.
 */
public record SendLimits(double overallPerSecond, Duration perChat) {

  /**
   * Telegram allows about 30 messages/s per bot; posts may take 29 of them when nobody is chatting
   * (the bot's sender makes them give way to replies and keeps one slot a second for a reply).
   */
  public static final SendLimits TELEGRAM = new SendLimits(29, Duration.ofSeconds(1));

  /** Slack's chat.postMessage allows about one message per second per channel. */
  public static final SendLimits SLACK = new SendLimits(10, Duration.ofMillis(1100));

  /** The terminal has no limit worth the name. */
  public static final SendLimits NONE = new SendLimits(1_000_000, Duration.ZERO);

  public SendLimits {
    if (!(overallPerSecond > 0)) {
      throw new IllegalArgumentException("overallPerSecond must be positive: " + overallPerSecond);
    }
    Objects.requireNonNull(perChat, "perChat");
    if (perChat.isNegative()) {
      throw new IllegalArgumentException("perChat must not be negative: " + perChat);
    }
  }

  Duration overallInterval() {
    return Duration.ofNanos((long) Math.ceil(1_000_000_000d / overallPerSecond));
  }
}
