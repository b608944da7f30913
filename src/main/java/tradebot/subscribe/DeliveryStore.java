package tradebot.subscribe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code delivery} rows: one per subscription and local date, claimed in a transaction before
 * the post is sent and marked sent right after. A claim carries a lease; a claim whose lease ran
 * out (its process crashed or hung) may be taken over, with the same fact.
 */
final class DeliveryStore {

  static final String CLAIMED = "CLAIMED";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  /** A claimed post: this process alone may send it until the lease ends. */
  record Claim(Subscription subscription, LocalDate date, String factId, int round, int attempt) {}

  private final Database db;
  private final SubscriptionStore subscriptions;

  DeliveryStore(Database db, SubscriptionStore subscriptions) {
    this.db = db;
    this.subscriptions = subscriptions;
  }

  /** Keys ({@code id/date}) of deliveries sent or given up since {@code from}: nothing to do there. */
  Set<String> finishedSince(LocalDate from) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT subscription_id, local_date FROM delivery"
                      + " WHERE local_date >= ? AND status <> ?")) {
            ps.setString(1, from.toString());
            ps.setString(2, CLAIMED);
            Set<String> keys = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(key(rs.getLong(1), LocalDate.parse(rs.getString(2))));
              }
            }
            return keys;
          }
        });
  }

  static String key(long subscriptionId, LocalDate date) {
    return subscriptionId + "/" + date;
  }

  /**
   * Claims the post of subscription {@code id} for {@code date}, choosing the next fact of its
   * rotation; empty when it is sent, claimed by a live lease, locked by another instance, or the
   * subscription is gone or inactive.
   */
  Optional<Claim> claim(
      long id,
      LocalDate date,
      Instant now,
      Duration lease,
      String owner,
      Function<Subscription, List<String>> factsOf) {
    return db.inTransaction(
        c -> {
          Optional<Subscription> locked = subscriptions.find(c, id, db.dialect().lockSkipLocked());
          if (locked.isEmpty() || !locked.get().active()) {
            return Optional.empty();
          }
          Subscription s = locked.get();
          long leaseUntil = now.plus(lease).toEpochMilli();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT status, fact_id, round_no, lease_until, attempts FROM delivery"
                      + " WHERE subscription_id = ? AND local_date = ?")) {
            ps.setLong(1, id);
            ps.setString(2, date.toString());
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                boolean stale = CLAIMED.equals(rs.getString(1)) && rs.getLong(4) <= now.toEpochMilli();
                if (!stale) {
                  return Optional.empty();
                }
                Claim retry = new Claim(s, date, rs.getString(2), rs.getInt(3), rs.getInt(5) + 1);
                return takeOver(c, retry, now, leaseUntil, owner);
              }
            }
          }
          Optional<Rotation.Pick> pick = nextFact(c, s, factsOf.apply(s));
          if (pick.isEmpty()) {
            return Optional.empty();
          }
          Claim claim = new Claim(s, date, pick.get().factId(), pick.get().round(), 1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO delivery (subscription_id, local_date, fact_id, round_no, status,"
                      + " claimed_by, lease_until, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
                      + " ON CONFLICT (subscription_id, local_date) DO NOTHING")) {
            ps.setLong(1, id);
            ps.setString(2, date.toString());
            ps.setString(3, claim.factId());
            ps.setInt(4, claim.round());
            ps.setString(5, CLAIMED);
            ps.setString(6, owner);
            ps.setLong(7, leaseUntil);
            return ps.executeUpdate() == 1 ? Optional.of(claim) : Optional.<Claim>empty();
          }
        });
  }

  private static Optional<Claim> takeOver(
      Connection c, Claim claim, Instant now, long leaseUntil, String owner) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE delivery SET claimed_by = ?, lease_until = ?, attempts = attempts + 1"
                + " WHERE subscription_id = ? AND local_date = ? AND status = ? AND lease_until <= ?")) {
      ps.setString(1, owner);
      ps.setLong(2, leaseUntil);
      ps.setLong(3, claim.subscription().id());
      ps.setString(4, claim.date().toString());
      ps.setString(5, CLAIMED);
      ps.setLong(6, now.toEpochMilli());
      return ps.executeUpdate() == 1 ? Optional.of(claim) : Optional.empty();
    }
  }

  private static Optional<Rotation.Pick> nextFact(Connection c, Subscription s, List<String> facts)
      throws SQLException {
    int round = 0;
    String last = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT round_no, fact_id FROM delivery WHERE subscription_id = ?"
                + " ORDER BY local_date DESC LIMIT 1")) {
      ps.setLong(1, s.id());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          round = rs.getInt(1);
          last = rs.getString(2);
        }
      }
    }
    Set<String> shown = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT fact_id FROM delivery WHERE subscription_id = ? AND round_no = ?")) {
      ps.setLong(1, s.id());
      ps.setInt(2, round);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          shown.add(rs.getString(1));
        }
      }
    }
    return Rotation.next(s.id(), round, shown, last, facts);
  }

  /** Marks the claim sent; false if this owner no longer held it (its lease ran out and was taken). */
  boolean markSent(Claim claim, String owner, Instant now) {
    return finish(claim, owner, "status = ?, sent_at = ?", SENT, now.toEpochMilli()) == 1;
  }

  /** Gives up on this post for good (the chat is gone). */
  void markFailed(Claim claim, String owner) {
    finish(claim, owner, "status = ?", FAILED);
  }

  /** Hands the claim back, to be retried by any instance from {@code retryAt} on. */
  void release(Claim claim, String owner, Instant retryAt) {
    finish(claim, owner, "lease_until = ?", retryAt.toEpochMilli());
  }

  /** Drops the claim, e.g. when its fact no longer exists, so the next pass picks a new one. */
  void forget(Claim claim, String owner) {
    db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM delivery WHERE subscription_id = ? AND local_date = ?"
                      + " AND claimed_by = ? AND status = ?")) {
            ps.setLong(1, claim.subscription().id());
            ps.setString(2, claim.date().toString());
            ps.setString(3, owner);
            ps.setString(4, CLAIMED);
            return ps.executeUpdate();
          }
        });
  }

  private int finish(Claim claim, String owner, String set, Object... values) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE delivery SET " + set + " WHERE subscription_id = ? AND local_date = ?"
                      + " AND claimed_by = ? AND status = ?")) {
            int i = 1;
            for (Object v : values) {
              ps.setObject(i++, v);
            }
            ps.setLong(i++, claim.subscription().id());
            ps.setString(i++, claim.date().toString());
            ps.setString(i++, owner);
            ps.setString(i, CLAIMED);
            return ps.executeUpdate();
          }
        });
  }
}
