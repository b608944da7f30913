package tradebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tradebot.extract.Article;
import tradebot.store.DataLocation;
import tradebot.store.IndicatorStore;
import tradebot.store.StoreLoader;
import tradebot.subscribe.Database;

/** Ingested articles in PostgreSQL, shared by two instances: the same migrations and behaviour as SQLite. */
class ArticleStorePostgresTest {

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
  void oneInstanceIngestsTheOtherSeesItAndReplacementAndIdempotenceHold() {
    try (Database one = connect(); Database two = connect()) {
      ArticleStore writer = new ArticleStore(one, Clock.systemUTC());
      ArticleStore reader = new ArticleStore(two, Clock.systemUTC());
      Ingester ingester = new Ingester(writer, TestArticles.BY_YUAN, () -> "v1", Clock.systemUTC());
      long before = reader.changeCounter();

      Ingester.Ingested first = ingester.ingest(TestArticles.crayfish("https://example.org/pg"), List.of());
      assertThat(ingester.ingest(TestArticles.crayfish("https://example.org/pg"), List.of()).status())
          .isEqualTo(ArticleStore.Status.UNCHANGED);
      assertThat(reader.changeCounter()).isEqualTo(before + 1);

      Article corrected = new Article("更正", "", "", "", "https://example.org/pg", "2025年，湖南小龙虾出口9.1亿元。");
      Ingester.Ingested second = ingester.ingest(corrected, List.of());
      assertThat(second.replaced()).containsExactly(first.id());

      IndicatorStore seed = new StoreLoader().load(DataLocation.classpath());
      IndicatorStore seen = new IngestedKnowledge(seed, reader, TestArticles.BY_YUAN, () -> "v1").load();
      assertThat(seen.indicators()).anyMatch(i -> i.value().equals("9.1")).noneMatch(i -> i.value().equals("8.8"));

      assertThat(reader.remove(second.id())).isTrue();
      assertThat(writer.list()).isEmpty();
    }
  }
}
