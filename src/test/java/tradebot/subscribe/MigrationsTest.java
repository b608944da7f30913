package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a database that has every migration skips Flyway; one that lacks a migration gets it. */
class MigrationsTest {

  @TempDir Path home;

  @Test
  void theShippedMigrationsAreListedByVersion() {
    assertThat(Migrations.shipped()).contains("1", "20");
  }

  @Test
  void aFreshDatabaseIsMigratedAndThenKnownToBeUpToDate() {
    try (Database db = Database.sqlite(home)) {
      assertThat(Migrations.upToDate(db.dataSource())).isTrue();
    }
  }

  @Test
  void aDatabaseMissingAMigrationIsMigratedWhenOpened() {
    try (Database db = Database.sqlite(home)) {
      db.inTransaction(c -> {
        try (Statement s = c.createStatement()) {
          // the last two migrations (Flyway applies missing ones only above the highest applied)
          s.executeUpdate("DROP TABLE conversation");
          s.executeUpdate("DROP TABLE knowledge_change");
          s.executeUpdate("DROP TABLE article");
          return s.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('20', '21')");
        }
      });
      assertThat(Migrations.upToDate(db.dataSource())).isFalse();
    }
    try (Database db = Database.sqlite(home)) {
      long counter = db.inTransaction(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT counter FROM knowledge_change")) {
          return rs.next() ? rs.getLong(1) : -1L;
        }
      });
      assertThat(counter).isZero();
    }
  }
}
