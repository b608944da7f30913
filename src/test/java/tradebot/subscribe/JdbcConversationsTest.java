package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcConversationsTest {

  @TempDir Path dir;

  @Test
  void whatOneInstanceRemembersAnotherReadsUntilItIsTooOld() {
    MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
    try (Database a = Database.sqlite(dir); Database b = Database.sqlite(dir)) {
      JdbcConversations one = new JdbcConversations(() -> a, clock, Duration.ofMinutes(30));
      JdbcConversations two = new JdbcConversations(() -> b, clock, Duration.ofMinutes(30));
      one.save("telegram:1", "{\"question\":\"q1\"}");
      one.save("telegram:1", "{\"question\":\"q2\"}");
      assertThat(two.load("telegram:1")).contains("{\"question\":\"q2\"}");
      assertThat(two.load("telegram:2")).isEmpty();
      clock.advance(Duration.ofMinutes(31));
      assertThat(two.load("telegram:1")).as("forgotten after a quiet spell").isEmpty();
      assertThat(two.forgetBefore(clock.instant().minus(Duration.ofMinutes(30)))).isEqualTo(1);
    }
  }

  @Test
  void anUnreachableDatabaseRemembersNothingAndDoesNotStopTheAnswer() {
    JdbcConversations broken = new JdbcConversations(() -> {
      throw new StorageException(new java.sql.SQLException("connection refused"));
    }, MutableClock.at("2026-03-01T00:00:00Z"), Duration.ofMinutes(30));
    broken.save("telegram:1", "{}");
    assertThat(broken.load("telegram:1")).isEmpty();
  }
}
