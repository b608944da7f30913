package tradebot.subscribe;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The subscriptions database: a pooled JDBC data source, migrated on open with the same Flyway
 * scripts for SQLite and PostgreSQL, plus a small transaction helper.
 */
public final class Database implements AutoCloseable {

  /** The SQLite file's name inside the data directory. */
  public static final String SQLITE_FILE = "tradebot.db";

  private final HikariDataSource dataSource;
  private final Dialect dialect;

  private Database(HikariDataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /** SQLite in {@code home}, which is created if missing. */
  public static Database sqlite(Path home) {
    try {
      Files.createDirectories(home);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create data directory " + home, e);
    }
    SQLiteConfig config = new SQLiteConfig();
    // WAL lets the chat read while the poster writes; IMMEDIATE makes every transaction take the
    // write lock up front, so a read-then-write claim never fails half-way with SQLITE_BUSY.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    config.setBusyTimeout(10_000);
    config.enforceForeignKeys(true);
    SQLiteDataSource sqlite = new SQLiteDataSource(config);
    sqlite.setUrl("jdbc:sqlite:" + home.resolve(SQLITE_FILE).toAbsolutePath());
    HikariConfig hikari = new HikariConfig();
    hikari.setDataSource(sqlite);
    hikari.setPoolName("tradebot-sqlite");
    hikari.setMaximumPoolSize(4);
    return open(hikari, Dialect.SQLITE, home.resolve(SQLITE_FILE).toAbsolutePath().toString());
  }

  /** A server database (PostgreSQL), shared by several instances. */
  public static Database server(String jdbcUrl, String user, String password) {
    Dialect dialect = Dialect.ofUrl(jdbcUrl);
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setUsername(user);
    hikari.setPassword(password);
    hikari.setPoolName("tradebot-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
    hikari.setMaximumPoolSize(4);
    return open(hikari, dialect, JdbcUrls.mask(jdbcUrl));
  }

  /**
   * Connects and migrates; a database that cannot be reached or written (file unwritable, server
   * stopped) is a {@link StorageException} naming it, so callers can say so instead of crashing.
   */
  private static Database open(HikariConfig hikari, Dialect dialect, String where) {
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      throw new StorageException("cannot open the database " + where + ": " + rootMessage(e), e);
    }
    try {
      if (!Migrations.upToDate(dataSource)) {
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:" + Migrations.LOCATION)
            .placeholders(dialect.placeholders())
            .load()
            .migrate();
      }
    } catch (RuntimeException e) {
      dataSource.close();
      throw new StorageException("cannot migrate the database " + where + ": " + rootMessage(e), e);
    }
    return new Database(dataSource, dialect);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** True when the database answers a trivial query within two seconds (for /readyz). */
  public boolean answers() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  public Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  /** Work on one connection inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in a transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      T result;
      try {
        result = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException | Error e) {
        // On a broken connection the clean-up fails too; the first failure is the one to report.
        try {
          c.rollback();
          c.setAutoCommit(true);
        } catch (SQLException cleanup) {
          e.addSuppressed(cleanup);
        }
        throw e;
      }
      c.setAutoCommit(true);
      return result;
    } catch (SQLException e) {
      throw new StorageException(e);
    }
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
