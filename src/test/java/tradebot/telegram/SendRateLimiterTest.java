package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Telegram's limits with a clock moved by hand: 1/s per chat, 20/min per group, 30/s overall. */
class SendRateLimiterTest {

  private final MutableClock clock = new MutableClock();
  private final SendRateLimiter limiter = new SendRateLimiter(RateLimits.TELEGRAM, clock);

  @Test
  void letsOneMessagePerSecondIntoAChat() {
    assertThat(limiter.tryAcquire("1", false)).isZero();
    assertThat(limiter.tryAcquire("1", false)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(400));
    assertThat(limiter.tryAcquire("1", false)).isEqualTo(Duration.ofMillis(600));
    clock.advance(Duration.ofMillis(600));
    assertThat(limiter.tryAcquire("1", false)).isZero();
  }

  @Test
  void doesNotMakeOtherChatsWaitForABusyOne() {
    assertThat(limiter.tryAcquire("1", false)).isZero();
    assertThat(limiter.tryAcquire("2", false)).isZero();
  }

  @Test
  void letsTwentyMessagesAMinuteIntoAGroup() {
    for (int i = 0; i < 20; i++) {
      assertThat(limiter.tryAcquire("-100", true)).as("message %d", i + 1).isZero();
      clock.advance(Duration.ofSeconds(1));
    }
    // The 21st waits until the first of the twenty is a minute old.
    assertThat(limiter.tryAcquire("-100", true)).isEqualTo(Duration.ofSeconds(40));
    clock.advance(Duration.ofSeconds(40));
    assertThat(limiter.tryAcquire("-100", true)).isZero();
  }

  @Test
  void holdsTheThirtyFirstMessageOfASecondAcrossAllChats() {
    for (int i = 0; i < 30; i++) {
      assertThat(limiter.tryAcquire("chat" + i, false)).isZero();
    }
    assertThat(limiter.tryAcquire("chat30", false)).isEqualTo(Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire("chat30", false)).isZero();
  }

  @Test
  void recordsOnlySendsThatWereLetThrough() {
    assertThat(limiter.tryAcquire("1", false)).isZero();
    for (int i = 0; i < 100; i++) {
      assertThat(limiter.tryAcquire("1", false)).isPositive();
    }
    clock.advance(Duration.ofSeconds(1));
    assertThat(limiter.tryAcquire("1", false)).isZero();
  }

  @Test
  void postsTakeTwentyNineOfThirtyASecondAndLeaveTheLastForAReply() {
    for (int i = 0; i < 29; i++) {
      assertThat(limiter.tryAcquirePost("sub" + i, false)).as("post %d", i + 1).isZero();
    }
    assertThat(limiter.tryAcquirePost("sub29", false)).isPositive();
    assertThat(limiter.tryAcquire("asker", false)).as("a reply still goes").isZero();
  }

  @Test
  void aPostGivesWayWhileAReplyIsWaiting() {
    limiter.replyWaiting(+1);
    assertThat(limiter.tryAcquirePost("sub", false)).isEqualTo(SendRateLimiter.YIELD);
    limiter.replyWaiting(-1);
    assertThat(limiter.tryAcquirePost("sub", false)).isZero();
  }
}
