package tradebot.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces one platform's posts: each send reserves the earliest slot that keeps both the overall
 * rate and the per-chat interval, and the caller waits until then. A 429 pauses the whole
 * platform, since Telegram and Slack both mean "slow down" rather than "this chat only".
 * Not thread-safe on purpose: one delivery pass sends one post at a time.
 */
public final class RateLimiter {

  private static final int PRUNE_ABOVE = 10_000;

  private final SendLimits limits;
  private final Clock clock;
  private final Map<String, Instant> chatFreeAt = new HashMap<>();
  private Instant overallFreeAt = Instant.MIN;

  public RateLimiter(SendLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Reserves a slot to post to {@code chat}; returns how long to wait before posting. */
  public Duration reserve(String chat) {
    Instant now = clock.instant();
    Instant slot = latest(now, overallFreeAt, chatFreeAt.getOrDefault(chat, Instant.MIN));
    overallFreeAt = slot.plus(limits.overallInterval());
    if (chatFreeAt.size() > PRUNE_ABOVE) {
      chatFreeAt.values().removeIf(free -> !free.isAfter(now));
    }
    chatFreeAt.put(chat, slot.plus(limits.perChat()));
    return Duration.between(now, slot);
  }

  /** The platform said "too many requests": nothing goes out before {@code retryAfter} passed. */
  public void pause(Duration retryAfter) {
    Instant until = clock.instant().plus(retryAfter);
    if (until.isAfter(overallFreeAt)) {
      overallFreeAt = until;
    }
  }

  private static Instant latest(Instant a, Instant b, Instant c) {
    Instant m = a.isAfter(b) ? a : b;
    return m.isAfter(c) ? m : c;
  }
}
