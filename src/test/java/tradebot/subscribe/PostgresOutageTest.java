package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped during a daily-post fan-out and started again: no post is lost, and the one
 * post in flight when the database went away (sent, but its SENT mark could not be written) is
 * the only one sent twice, after its claim's lease runs out. See docs/reliability.md.
 */
class PostgresOutageTest {

  private static final int SUBSCRIPTIONS = 30;

  @TempDir Path dir;
  private int port;
  private EmbeddedPostgres postgres;
  private String previousHikariConfig;

  @BeforeEach
  void start() throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    // Hikari waits 30 s for a connection by default; the outage is the same with 0.5 s, only quicker to test.
    Path hikari = dir.resolve("hikari.properties");
    Files.writeString(hikari, "connectionTimeout=500\nvalidationTimeout=250\n");
    previousHikariConfig = System.setProperty("hikaricp.configurationFile", hikari.toString());
    startPostgres();
  }

  @AfterEach
  void stop() throws IOException {
    if (previousHikariConfig == null) {
      System.clearProperty("hikaricp.configurationFile");
    } else {
      System.setProperty("hikaricp.configurationFile", previousHikariConfig);
    }
    stopPostgres();
  }

  private void startPostgres() throws IOException {
    postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("pg"))
        .setCleanDataDirectory(false).start();
  }

  private void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
      postgres = null;
    }
  }

  private Database connect() {
    return Database.server("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "postgres");
  }

  private static Map<Long, Long> postsPerSubscription(List<Post> posts) {
    return posts.stream().collect(Collectors.groupingBy(Post::subscriptionId, Collectors.counting()));
  }

  @Test
  void stoppedMidFanOutLosesNothingAndDoublesOnlyThePostInFlight() throws Exception {
    MutableClock clock = MutableClock.at("2026-03-01T01:00:00Z");
    try (Database db = connect()) {
      Fixture f = new Fixture(db, clock);
      for (int i = 0; i < SUBSCRIPTIONS; i++) {
        f.subscribe("chat" + i, "01:00", "UTC", "");
      }
      List<Post> received = Collections.synchronizedList(new ArrayList<>());
      Function<Integer, PostSender> stoppingAt = n -> post -> {
        received.add(post);
        if (received.size() == n) {
          try {
            stopPostgres(); // the database goes away while this post is being sent
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
        return SendResult.sent();
      };

      DeliveryPass first = f.pass("a", stoppingAt.apply(11), SendLimits.NONE);
      assertThatThrownBy(() -> f.runAt(first, "2026-03-01T01:00:00Z")).isInstanceOf(StorageException.class);
      assertThat(received).hasSize(11);

      DeliveryPass down = f.pass("a", stoppingAt.apply(-1), SendLimits.NONE);
      assertThatThrownBy(() -> f.runAt(down, "2026-03-01T01:00:30Z")).isInstanceOf(StorageException.class);
      assertThat(received).as("nothing is sent while the database is away").hasSize(11);

      startPostgres();
      DeliveryPass again = f.pass("a", stoppingAt.apply(-1), SendLimits.NONE);
      // Passes every 30 s for 7 minutes, as DailyPoster runs them. One may still meet a pooled
      // connection from before the outage and fail like those during it (each such failure can
      // double at most the post it had in flight).
      int failedAfterRestart = 0;
      for (int pass = 0; pass < 14; pass++) {
        try {
          f.runAt(again, java.time.Instant.parse("2026-03-01T01:01:00Z").plusSeconds(30L * pass).toString());
        } catch (StorageException e) {
          failedAfterRestart++;
        }
      }

      Map<Long, Long> counts = postsPerSubscription(received);
      assertThat(counts).as("no subscription lost its post").hasSize(SUBSCRIPTIONS);
      long doubled = counts.values().stream().mapToLong(c -> c - 1).sum();
      assertThat(counts.get(received.get(10).subscriptionId())).as("the one in flight").isEqualTo(2);
      assertThat(doubled).as("doubled posts").isLessThanOrEqualTo(1 + failedAfterRestart);
    }
  }
}
