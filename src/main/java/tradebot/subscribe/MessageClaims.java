package tradebot.subscribe;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;

/**
 * Claims on incoming updates and events in the shared database ({@code message_claim}): the first
 * instance to claim a platform's key answers it, every later claim of the same key fails. Works the
 * same on SQLite (one instance) and PostgreSQL (several).
 */
public final class MessageClaims {

  private final Database db;
  private final Clock clock;
  private final String owner;

  /** @param owner names this instance in the claims (for operators reading the table) */
  public MessageClaims(Database db, Clock clock, String owner) {
    this.db = db;
    this.clock = clock;
    this.owner = owner;
  }

  /** True when this call made the claim; false when {@code key} of {@code platform} was claimed before. */
  public boolean claim(String platform, String key) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO message_claim (platform, claim_key, claimed_by, claimed_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (platform, claim_key) DO NOTHING")) {
            ps.setString(1, platform);
            ps.setString(2, key);
            ps.setString(3, owner);
            ps.setLong(4, clock.millis());
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Removes claims made before {@code cutoff}; returns how many. */
  public int forgetBefore(Instant cutoff) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM message_claim WHERE claimed_at < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
