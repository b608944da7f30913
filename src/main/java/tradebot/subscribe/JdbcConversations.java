package tradebot.subscribe;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.answer.ConversationStore;

/**
 * Conversation memory in the shared database ({@code conversation}), so a follow-up reaching
 * another instance knows the previous turn. State older than {@code keepFor} reads as forgotten.
 * While the database cannot be reached, nothing is remembered (a follow-up is then answered as a
 * new question); the bot keeps answering. The database is opened on first use.
 */
public final class JdbcConversations implements ConversationStore {

  private static final Logger log = LoggerFactory.getLogger(JdbcConversations.class);

  private final Supplier<Database> db;
  private final Clock clock;
  private final Duration keepFor;

  public JdbcConversations(Supplier<Database> db, Clock clock, Duration keepFor) {
    this.db = db;
    this.clock = clock;
    this.keepFor = keepFor;
  }

  @Override
  public Optional<String> load(String conversation) {
    try {
      return db.get().inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement("SELECT state FROM conversation WHERE conversation_id = ? AND updated_at >= ?")) {
              ps.setString(1, conversation);
              ps.setLong(2, clock.millis() - keepFor.toMillis());
              try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
              }
            }
          });
    } catch (RuntimeException e) {
      log.warn("conversation memory unavailable: {}", e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void save(String conversation, String state) {
    try {
      db.get().inTransaction(
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO conversation (conversation_id, state, updated_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (conversation_id) DO UPDATE"
                        + " SET state = excluded.state, updated_at = excluded.updated_at")) {
              ps.setString(1, conversation);
              ps.setString(2, state);
              ps.setLong(3, clock.millis());
              return ps.executeUpdate();
            }
          });
    } catch (RuntimeException e) {
      log.warn("conversation memory not saved: {}", e.getMessage());
    }
  }

  /** Removes conversations untouched since {@code cutoff}; returns how many. */
  public int forgetBefore(Instant cutoff) {
    return db.get().inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM conversation WHERE updated_at < ?")) {
            ps.setLong(1, cutoff.toEpochMilli());
            return ps.executeUpdate();
          }
        });
  }
}
