package tradebot.subscribe;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** {@link PlatformState} in the {@code platform_state} table. */
public final class JdbcPlatformState implements PlatformState {

  private final Database db;
  private final Clock clock;

  public JdbcPlatformState(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public Optional<String> get(String platform, String key) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT state_value FROM platform_state WHERE platform = ? AND state_key = ?")) {
            ps.setString(1, platform);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public void put(String platform, String key, String value) {
    Objects.requireNonNull(value, "value of " + platform + "/" + key);
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO platform_state (platform, state_key, state_value, updated_at)"
                      + " VALUES (?, ?, ?, ?) ON CONFLICT (platform, state_key) DO UPDATE"
                      + " SET state_value = excluded.state_value, updated_at = excluded.updated_at")) {
            ps.setString(1, platform);
            ps.setString(2, key);
            ps.setString(3, value);
            ps.setLong(4, clock.millis());
            return ps.executeUpdate();
          }
        });
  }
}
