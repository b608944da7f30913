package tradebot.subscribe;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a database already has every migration this build ships, read without starting Flyway
 * (which costs about a second of start-up): then opening it needs no migration run. Anything
 * unexpected (no history table, a listing that fails) answers "not known to be up to date", and
 * Flyway runs as always.
 */
final class Migrations {

  static final String LOCATION = "tradebot/subscribe/db";
  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.*\\.sql");

  private Migrations() {}

  static boolean upToDate(DataSource dataSource) {
    Set<String> shipped = shipped();
    if (shipped.isEmpty()) {
      return false;
    }
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")) {
      Set<String> applied = new HashSet<>();
      while (rs.next()) {
        applied.add(rs.getString(1));
      }
      return applied.containsAll(shipped);
    } catch (SQLException e) {
      return false; // a new database: no history yet
    }
  }

  /** Versions of the migration scripts on the classpath ("1", "10", "20"), empty if they cannot be listed. */
  static Set<String> shipped() {
    Set<String> versions = new HashSet<>();
    URL dir = Migrations.class.getResource("/" + LOCATION);
    if (dir == null) {
      return versions;
    }
    try {
      if ("jar".equals(dir.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) dir.openConnection();
        connection.setUseCaches(false); // a JarFile of our own, closed here, not the class loader's
        try (JarFile jar = connection.getJarFile()) {
          jar.stream().map(e -> e.getName())
              .filter(n -> n.startsWith(LOCATION + "/"))
              .forEach(n -> add(n.substring(LOCATION.length() + 1), versions));
        }
      } else if ("file".equals(dir.getProtocol())) {
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
          files.forEach(f -> add(f.getFileName().toString(), versions));
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      versions.clear();
    }
    return versions;
  }

  private static void add(String file, Set<String> versions) {
    Matcher m = VERSIONED.matcher(file);
    if (m.matches()) {
      versions.add(m.group(1).replace('_', '.'));
    }
  }
}
