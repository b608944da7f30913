package tradebot.subscribe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.text.Lang;

/** Subscriptions in the {@code subscription} table. */
public final class SubscriptionStore {

  private static final String COLUMNS =
      "id, platform, chat_id, post_time, zone, topic, lang, active, created_at";

  private final Database db;
  private final Clock clock;

  public SubscriptionStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Adds the subscription, or updates time, zone and language of the chat's subscription to the
   * same topic (re-activating it); its rotation history is kept either way.
   */
  public Subscription subscribe(NewSubscription s) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO subscription (platform, chat_id, post_time, zone, topic, lang, active,"
                      + " created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)"
                      + " ON CONFLICT (platform, chat_id, topic) DO UPDATE SET"
                      + " post_time = excluded.post_time, zone = excluded.zone,"
                      + " lang = excluded.lang, active = 1, ended_reason = NULL"
                      + " RETURNING " + COLUMNS)) {
            ps.setString(1, s.platform());
            ps.setString(2, s.chatId());
            ps.setString(3, s.time().toString());
            ps.setString(4, s.zone().getId());
            ps.setString(5, s.topic());
            ps.setString(6, s.lang().tag());
            ps.setLong(7, clock.millis());
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return read(rs);
            }
          }
        });
  }

  /** The chat's subscriptions (active or not), oldest first. */
  public List<Subscription> ofChat(String platform, String chatId) {
    return query(
        "SELECT " + COLUMNS + " FROM subscription WHERE platform = ? AND chat_id = ? ORDER BY id",
        platform,
        chatId);
  }

  public List<Subscription> all() {
    return query("SELECT " + COLUMNS + " FROM subscription ORDER BY id");
  }

  public List<Subscription> active() {
    return query("SELECT " + COLUMNS + " FROM subscription WHERE active = 1 ORDER BY id");
  }

  public Optional<Subscription> find(long id) {
    return db.inTransaction(c -> find(c, id, ""));
  }

  /** Reads one subscription on {@code c}; {@code lock} is appended to the query (row locking). */
  Optional<Subscription> find(Connection c, long id, String lock) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM subscription WHERE id = ?" + lock)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** Removes the chat's subscriptions: all of them when {@code topic} is null. Returns how many. */
  public int unsubscribe(String platform, String chatId, String topic) {
    String sql = "DELETE FROM subscription WHERE platform = ? AND chat_id = ?";
    return update(topic == null ? sql : sql + " AND topic = ?",
        topic == null ? new Object[] {platform, chatId} : new Object[] {platform, chatId, topic});
  }

  public boolean remove(long id) {
    return update("DELETE FROM subscription WHERE id = ?", id) == 1;
  }

  /** Stops posting to a chat the platform says is gone for good (bot blocked, kicked, no channel). */
  public void deactivate(long id, String reason) {
    String r = reason == null ? "" : reason;
    update("UPDATE subscription SET active = 0, ended_reason = ? WHERE id = ?",
        r.length() > 300 ? r.substring(0, 300) : r, id);
  }

  /**
   * A chat got a new id (a Telegram group upgraded to a supergroup): its subscriptions move with
   * it, and stay active; where the new chat already has the same topic, the new chat's is kept.
   * Returns how many moved.
   */
  public int moveChat(String platform, String fromChatId, String toChatId) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement duplicates =
                  c.prepareStatement(
                      "DELETE FROM subscription WHERE platform = ? AND chat_id = ? AND topic IN"
                          + " (SELECT topic FROM subscription WHERE platform = ? AND chat_id = ?)");
              PreparedStatement move =
                  c.prepareStatement(
                      "UPDATE subscription SET chat_id = ?, active = 1, ended_reason = NULL"
                          + " WHERE platform = ? AND chat_id = ?")) {
            bind(duplicates, platform, fromChatId, platform, toChatId);
            duplicates.executeUpdate();
            bind(move, toChatId, platform, fromChatId);
            return move.executeUpdate();
          }
        });
  }

  private int update(String sql, Object... args) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
          }
        });
  }

  private List<Subscription> query(String sql, Object... args) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<Subscription> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
            return out;
          }
        });
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
  }

  private static Subscription read(ResultSet rs) throws SQLException {
    return new Subscription(
        rs.getLong("id"),
        rs.getString("platform"),
        rs.getString("chat_id"),
        LocalTime.parse(rs.getString("post_time")),
        ZoneId.of(rs.getString("zone")),
        rs.getString("topic"),
        langOf(rs.getString("lang")),
        rs.getInt("active") == 1,
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }

  static Lang langOf(String tag) {
    for (Lang l : Lang.values()) {
      if (l.tag().equals(tag)) {
        return l;
      }
    }
    return Lang.SIMPLIFIED;
  }
}
