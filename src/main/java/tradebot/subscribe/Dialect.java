package tradebot.subscribe;

import java.util.Map;

/** The few places where SQLite and PostgreSQL need different SQL; the migrations are shared. */
public enum Dialect {
  SQLITE("INTEGER PRIMARY KEY AUTOINCREMENT", ""),
  POSTGRES("BIGSERIAL PRIMARY KEY", " FOR UPDATE SKIP LOCKED");

  private final String idColumn;
  private final String lockSkipLocked;

  Dialect(String idColumn, String lockSkipLocked) {
    this.idColumn = idColumn;
    this.lockSkipLocked = lockSkipLocked;
  }

  /** Flyway placeholders used by the migration scripts. */
  Map<String, String> placeholders() {
    return Map.of("id_pk", idColumn);
  }

  /**
   * Appended to a SELECT of one subscription row inside a claim transaction. PostgreSQL locks the
   * row and lets other instances skip it; SQLite needs nothing, because its claim transactions
   * begin IMMEDIATE and so already hold the database's single write lock.
   */
  String lockSkipLocked() {
    return lockSkipLocked;
  }

  static Dialect ofUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    throw new IllegalArgumentException(
        "unsupported database URL (expected jdbc:postgresql:// or jdbc:sqlite:): "
            + JdbcUrls.mask(jdbcUrl));
  }
}
