package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.ops.SharedClaims;

class MessageClaimsTest {

  @TempDir Path dir;

  @Test
  void theFirstClaimOfAnUpdateWinsPerPlatformAndOldClaimsAreForgotten() {
    MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
    try (Database db = Database.sqlite(dir)) {
      MessageClaims a = new MessageClaims(db, clock, "a");
      MessageClaims b = new MessageClaims(db, clock, "b");
      assertThat(a.claim("telegram", "17")).isTrue();
      assertThat(b.claim("telegram", "17")).isFalse();
      assertThat(b.claim("slack", "17")).as("another platform's id space").isTrue();
      clock.advance(Duration.ofHours(25));
      assertThat(a.claim("telegram", "18")).isTrue();
      assertThat(a.forgetBefore(clock.instant().minus(Duration.ofDays(1)))).isEqualTo(2);
      assertThat(b.claim("telegram", "18")).as("recent claims are kept").isFalse();
    }
  }

  @Test
  void whileTheDatabaseIsDownClaimsAreKeptInMemorySoTheBotStillAnswersOnce() {
    SharedClaims claims = new SharedClaims(() -> {
      throw new StorageException(new java.sql.SQLException("connection refused"));
    });
    assertThat(claims.claim("slack", "Ev1")).isTrue();
    assertThat(claims.claim("slack", "Ev1")).isFalse();
  }
}
