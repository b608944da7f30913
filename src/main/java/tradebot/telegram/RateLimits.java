package tradebot.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * Telegram's sending limits: one message per {@code perChat} to a chat, {@code perGroup} messages
 * per {@code groupWindow} to a group, {@code overall} messages per {@code overallWindow} in total.
 */
record RateLimits(
    Duration perChat, int perGroup, Duration groupWindow, int overall, Duration overallWindow) {

  /** What Telegram's FAQ asks of bots: 1/s per chat, 20/min per group, 30/s overall. */
  static final RateLimits TELEGRAM =
      new RateLimits(Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));

  /** The same limits with another overall rate, e.g. this instance's share when several send for one bot. */
  RateLimits withOverall(int perSecond) {
    return new RateLimits(perChat, perGroup, groupWindow, perSecond, Duration.ofSeconds(1));
  }

  RateLimits {
    Objects.requireNonNull(perChat, "perChat");
    Objects.requireNonNull(groupWindow, "groupWindow");
    Objects.requireNonNull(overallWindow, "overallWindow");
    if (perChat.isNegative() || groupWindow.isNegative() || overallWindow.isNegative()) {
      throw new IllegalArgumentException("rate limit intervals must not be negative");
    }
    if (perGroup < 1 || overall < 1) {
      throw new IllegalArgumentException("rate limit counts must be positive: " + perGroup + ", " + overall);
    }
  }
}
