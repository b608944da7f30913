package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");

  @Test
  void spacesPostsToKeepTheOverallRate() {
    RateLimiter limiter = new RateLimiter(new SendLimits(20, Duration.ZERO), clock);
    assertThat(limiter.reserve("a")).isZero();
    assertThat(limiter.reserve("b")).isEqualTo(Duration.ofMillis(50));
    assertThat(limiter.reserve("c")).isEqualTo(Duration.ofMillis(100));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.reserve("d")).isZero();
  }

  @Test
  void keepsOnePostPerIntervalToTheSameChat() {
    RateLimiter limiter = new RateLimiter(new SendLimits(20, Duration.ofSeconds(1)), clock);
    assertThat(limiter.reserve("chat")).isZero();
    assertThat(limiter.reserve("chat")).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(2));
    assertThat(limiter.reserve("other")).isZero();
    assertThat(limiter.reserve("chat")).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void telegramPostsLeaveASlotASecondUnderTelegramsThirty() {
    RateLimiter limiter = new RateLimiter(SendLimits.TELEGRAM, clock);
    Sleeper sleeper = clock::advance;
    int sentInFirstSecond = 0;
    for (int i = 0; i < 100; i++) {
      try {
        sleeper.sleep(limiter.reserve("chat" + i));
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      if (clock.instant().isBefore(java.time.Instant.parse("2026-03-01T00:00:01Z"))) {
        sentInFirstSecond++;
      }
    }
    assertThat(sentInFirstSecond).isLessThanOrEqualTo(29);
  }

  @Test
  void retryAfterPausesEveryChat() {
    RateLimiter limiter = new RateLimiter(SendLimits.TELEGRAM, clock);
    limiter.reserve("a");
    limiter.pause(Duration.ofSeconds(7));
    assertThat(limiter.reserve("b")).isEqualTo(Duration.ofSeconds(7));
  }
}
