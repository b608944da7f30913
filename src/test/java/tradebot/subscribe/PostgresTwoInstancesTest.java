package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances against one real PostgreSQL (embedded: binaries from Maven Central) share a
 * fan-out without a double post; the same Flyway migrations as SQLite run there.
 */
class PostgresTwoInstancesTest {

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  private static Database connect() {
    return Database.server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
  }

  @Test
  void twoInstancesShareTheFanOutAndPostEachSubscriptionOnce() throws Exception {
    MutableClock clock = MutableClock.at("2026-03-01T05:00:00Z");
    try (Database one = connect(); Database two = connect()) {
      Fixture a = new Fixture(one, clock);
      Fixture b = new Fixture(two, clock);
      String[] zones = {"Asia/Shanghai", "Asia/Kathmandu", "Europe/Berlin", "UTC", "Asia/Tokyo"};
      int n = 60;
      for (int i = 0; i < n; i++) {
        a.subscribe("chat" + i, "01:00", zones[i % zones.length], "");
      }
      List<Post> posts = a.posts;
      PostSender shared = post -> {
        posts.add(post);
        Thread.yield();
        return SendResult.sent();
      };
      DeliveryPass passA = a.pass("instance-a", shared, SendLimits.NONE);
      DeliveryPass passB = b.pass("instance-b", shared, SendLimits.NONE);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Callable<Integer>> both = new ArrayList<>();
        both.add(() -> passA.run(clock.instant()).size());
        both.add(() -> passB.run(clock.instant()).size());
        int sent = 0;
        for (Future<Integer> f : pool.invokeAll(both, 60, TimeUnit.SECONDS)) {
          sent += f.get();
        }
        assertThat(sent).isEqualTo(n);
      } finally {
        pool.shutdownNow();
      }
      Set<String> chats = new HashSet<>();
      for (Post p : posts) {
        assertThat(chats.add(p.chatId())).as("double post to %s", p.chatId()).isTrue();
      }
      assertThat(chats).hasSize(n);
      assertThat(passA.run(clock.instant())).isEmpty();
      assertThat(passB.run(clock.instant().plus(Duration.ofHours(1)))).isEmpty();

      PlatformState state = new JdbcPlatformState(two, clock);
      state.put("telegram", "offset", "7");
      assertThat(new JdbcPlatformState(one, clock).get("telegram", "offset")).contains("7");
    }
  }

  @Test
  void migrationsAreTheSameForBothDatabases() {
    try (Database db = connect()) {
      assertThat(db.dialect()).isEqualTo(Dialect.POSTGRES);
      assertThat(Dialect.SQLITE.placeholders().keySet()).isEqualTo(Dialect.POSTGRES.placeholders().keySet());
    }
  }
}
