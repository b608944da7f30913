package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tradebot.slack.Retrying.Outcome;

class RetryingTest {

  final RecordingSleeper sleeper = new RecordingSleeper();
  final Retrying retrying = new Retrying(sleeper, 4, Duration.ofMillis(500), Duration.ofSeconds(30));

  @Test
  void waitsWhatRetryAfterSaysButNoLongerThanTheCap() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    String result = retrying.call("test", () -> switch (calls.incrementAndGet()) {
      case 1 -> new Outcome.Retry<>("HTTP 429", Duration.ofSeconds(3));
      case 2 -> new Outcome.Retry<>("HTTP 429", Duration.ofSeconds(600));
      default -> new Outcome.Done<>("sent");
    });
    assertThat(result).isEqualTo("sent");
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(30));
  }

  @Test
  void networkErrorsBackOffExponentiallyAndGiveUpAfterTheLastAttempt() {
    assertThatThrownBy(() -> retrying.call("test", () -> {
      throw new IOException("connection reset");
    })).isInstanceOf(SlackDeliveryException.class)
        .hasMessageContaining("after 4 attempts").hasMessageContaining("connection reset")
        .satisfies(e -> assertThat(((SlackDeliveryException) e).permanent()).isFalse());
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void permanentFailuresAreNotRetried() {
    assertThatThrownBy(() -> retrying.call("test", () -> new Outcome.Fail<>("channel_not_found")))
        .isInstanceOf(SlackDeliveryException.class).hasMessageContaining("channel_not_found")
        .satisfies(e -> assertThat(((SlackDeliveryException) e).permanent()).isTrue());
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void retryAfterHeaderIsWholeSeconds() {
    assertThat(Retrying.retryAfter("12")).isEqualTo(Duration.ofSeconds(12));
    assertThat(Retrying.retryAfter(" 1 ")).isEqualTo(Duration.ofSeconds(1));
    assertThat(Retrying.retryAfter("soon")).isNull();
    assertThat(Retrying.retryAfter(null)).isNull();
  }
}
