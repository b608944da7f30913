package tradebot.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.extract.Article;
import tradebot.subscribe.Database;

/**
 * Ingested articles in the bot's database (SQLite or PostgreSQL, the same Flyway migrations). Every
 * change is one transaction that also bumps the {@code knowledge_change} counter, which running bots
 * poll; a failure anywhere rolls the whole change back.
 */
public final class ArticleStore {

  /** What storing an article did. */
  public enum Status {
    /** A new article. */
    ADDED,
    /** The same text with other metadata (or extracted anew): updated in place. */
    UPDATED,
    /** Same text, metadata and extractor: nothing changed. */
    UNCHANGED
  }

  /** What {@link #save} did, and which earlier versions (same URL, or same title and date) it replaced. */
  public record Saved(Status status, List<String> replaced) {
    public Saved {
      replaced = List.copyOf(replaced);
    }
  }

  private static final String COLUMNS =
      "id, title, publisher, author, pub_date, url, body, extractor_version, extraction, figures, ingested_at";

  private final Database db;
  private final Clock clock;

  public ArticleStore(Database db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Stores {@code article}, replacing any other article with the same URL, or the same title and
   * date, in the same transaction.
   */
  public Saved save(StoredArticle article) {
    return db.inTransaction(
        c -> {
          Optional<StoredArticle> existing = find(c, article.id());
          if (existing.isPresent() && existing.get().sameAs(article)) {
            return new Saved(Status.UNCHANGED, List.of());
          }
          bump(c); // first: on PostgreSQL the row lock orders concurrent ingests
          List<String> replaced = earlierVersions(c, article);
          for (String id : replaced) {
            delete(c, id);
          }
          delete(c, article.id());
          insert(c, withIngestedAt(article, existing.map(StoredArticle::ingestedAt).orElse(clock.millis())));
          return new Saved(existing.isPresent() ? Status.UPDATED : Status.ADDED, replaced);
        });
  }

  private static StoredArticle withIngestedAt(StoredArticle a, long at) {
    return new StoredArticle(a.id(), a.article(), a.extractorVersion(), a.extraction(), a.figures(), at);
  }

  /**
   * Writes a newer extraction of an unchanged article (the extractor improved). It does not bump the
   * change counter: every instance re-extracts for itself, so this changes no one's answers.
   */
  public boolean updateExtraction(String id, String fromVersion, String version, String extraction, int figures) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE article SET extractor_version = ?, extraction = ?, figures = ?"
                      + " WHERE id = ? AND extractor_version = ?")) {
            ps.setString(1, version);
            ps.setString(2, extraction);
            ps.setInt(3, figures);
            ps.setString(4, id);
            ps.setString(5, fromVersion);
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Removes an article; false if there was none with that id. */
  public boolean remove(String id) {
    return db.inTransaction(
        c -> {
          if (find(c, id).isEmpty()) {
            return false;
          }
          bump(c);
          delete(c, id);
          return true;
        });
  }

  public Optional<StoredArticle> find(String id) {
    return db.inTransaction(c -> find(c, id));
  }

  /** The article whose id is {@code id} or starts with it, if exactly one does. */
  public Optional<StoredArticle> findByPrefix(String id) {
    Optional<StoredArticle> exact = find(id);
    if (exact.isPresent() || id.isBlank()) {
      return exact;
    }
    List<String> ids = list().stream().map(StoredArticle.Summary::id).filter(i -> i.startsWith(id)).toList();
    return ids.size() == 1 ? find(ids.get(0)) : Optional.empty();
  }

  /** Every article, oldest first, with text and extraction. */
  public List<StoredArticle> all() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT " + COLUMNS + " FROM article ORDER BY ingested_at, id");
              ResultSet rs = ps.executeQuery()) {
            List<StoredArticle> all = new ArrayList<>();
            while (rs.next()) {
              all.add(read(rs));
            }
            return all;
          }
        });
  }

  /** Every article, oldest first, without text. */
  public List<StoredArticle.Summary> list() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT id, title, pub_date, url, figures FROM article ORDER BY ingested_at, id");
              ResultSet rs = ps.executeQuery()) {
            List<StoredArticle.Summary> all = new ArrayList<>();
            while (rs.next()) {
              all.add(new StoredArticle.Summary(rs.getString(1), rs.getString(2), rs.getString(3),
                  rs.getString(4), rs.getInt(5)));
            }
            return all;
          }
        });
  }

  /** Moves on every change to the articles; cheap enough to poll every few seconds. */
  public long changeCounter() {
    return db.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT counter FROM knowledge_change WHERE id = 1");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
          }
        });
  }

  private static void bump(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE knowledge_change SET counter = counter + 1 WHERE id = 1")) {
      ps.executeUpdate();
    }
  }

  /** Other articles this one is a new version of: the same URL, or the same title and date. */
  private static List<String> earlierVersions(Connection c, StoredArticle a) throws SQLException {
    Article article = a.article();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id FROM article WHERE id <> ? AND ((url <> '' AND url = ?)"
                + " OR (pub_date <> '' AND title = ? AND pub_date = ?)) ORDER BY id")) {
      ps.setString(1, a.id());
      ps.setString(2, article.url());
      ps.setString(3, article.title());
      ps.setString(4, article.date());
      try (ResultSet rs = ps.executeQuery()) {
        List<String> ids = new ArrayList<>();
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
        return ids;
      }
    }
  }

  private static Optional<StoredArticle> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM article WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static void delete(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
      ps.setString(1, id);
      ps.executeUpdate();
    }
  }

  private static void insert(Connection c, StoredArticle a) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO article (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Article article = a.article();
      ps.setString(1, a.id());
      ps.setString(2, article.title());
      ps.setString(3, article.publisher());
      ps.setString(4, article.author());
      ps.setString(5, article.date());
      ps.setString(6, article.url());
      ps.setString(7, article.body());
      ps.setString(8, a.extractorVersion());
      ps.setString(9, a.extraction());
      ps.setInt(10, a.figures());
      ps.setLong(11, a.ingestedAt());
      ps.executeUpdate();
    }
  }

  private static StoredArticle read(ResultSet rs) throws SQLException {
    Article article =
        new Article(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7));
    return new StoredArticle(rs.getString(1), article, rs.getString(8), rs.getString(9), rs.getInt(10), rs.getLong(11));
  }
}
