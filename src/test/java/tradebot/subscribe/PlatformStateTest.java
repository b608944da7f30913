package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformStateTest {

  @TempDir Path dir;

  @Test
  void keepsValuesPerPlatformAcrossRestarts() {
    MutableClock clock = MutableClock.at("2026-03-01T00:00:00Z");
    try (Database db = Database.sqlite(dir)) {
      PlatformState state = new JdbcPlatformState(db, clock);
      assertThat(state.get("telegram", "offset")).isEmpty();
      state.put("telegram", "offset", "41");
      state.put("telegram", "offset", "42");
      state.put("slack", "offset", "x");
    }
    try (Database reopened = Database.sqlite(dir)) {
      PlatformState state = new JdbcPlatformState(reopened, clock);
      assertThat(state.get("telegram", "offset")).contains("42");
      assertThat(state.get("slack", "offset")).contains("x");
    }
  }
}
