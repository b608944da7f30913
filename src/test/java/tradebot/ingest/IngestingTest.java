package tradebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.extract.Article;
import tradebot.extract.ArticleExtractor;
import tradebot.store.DataLocation;
import tradebot.store.IndicatorStore;
import tradebot.store.StoreLoader;
import tradebot.subscribe.Database;
import tradebot.subscribe.StorageException;

/** Ingesting into SQLite: idempotence, replacement, atomicity, restarts and re-extraction. */
class IngestingTest {

  private static final IndicatorStore SEED = new StoreLoader().load(DataLocation.classpath());
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path home;
  private Database db;
  private ArticleStore store;

  @BeforeEach
  void open() {
    db = Database.sqlite(home);
    store = new ArticleStore(db, CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private Ingester ingester(ArticleExtractor extractor, String version) {
    return new Ingester(store, extractor, () -> version, CLOCK);
  }

  private Ingester.Ingested ingest(Article article) {
    return ingester(TestArticles.BY_YUAN, "v1").ingest(article, List.of());
  }

  @Test
  void theSameTextTwiceChangesNothing() {
    Ingester.Ingested first = ingest(TestArticles.crayfish("https://example.org/a"));
    long counter = store.changeCounter();
    Ingester.Ingested second = ingest(TestArticles.crayfish("https://example.org/a"));

    assertThat(first.status()).isEqualTo(ArticleStore.Status.ADDED);
    assertThat(first.figures()).isEqualTo(1);
    assertThat(second.status()).isEqualTo(ArticleStore.Status.UNCHANGED);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.warnings()).anyMatch(w -> w.contains("nothing changed"));
    assertThat(store.changeCounter()).isEqualTo(counter);
    assertThat(store.list()).hasSize(1);
  }

  @Test
  void theSameTextHasTheSameIdWhateverItsDetails() {
    Article a = TestArticles.crayfish("");
    Article b = new Article(a.title(), "另一家报纸", "", "2026-03", "", a.body());
    assertThat(ArticleIds.of(a)).isEqualTo(ArticleIds.of(b)).startsWith("a").hasSize(13);
    Article changed = new Article(a.title(), "", "", "", "", a.body().replace("8.8", "8.9"));
    assertThat(ArticleIds.of(changed)).isNotEqualTo(ArticleIds.of(a));
  }

  @Test
  void theSameUrlWithOtherTextReplacesTheEarlierVersion() {
    Ingester.Ingested old = ingest(TestArticles.crayfish("https://example.org/a"));
    Article corrected = new Article("湖南小龙虾出口创新高（更正）", "测试日报", "记者", "2026-03-02", "https://example.org/a",
        TestArticles.crayfish("").body().replace("8.8亿元", "9.1亿元"));

    Ingester.Ingested now = ingest(corrected);

    assertThat(now.replaced()).containsExactly(old.id());
    assertThat(store.list()).extracting(StoredArticle.Summary::id).containsExactly(now.id());
    IndicatorStore knowledge = new IngestedKnowledge(SEED, store, TestArticles.BY_YUAN, () -> "v1").load();
    assertThat(knowledge.indicators()).anyMatch(i -> i.value().equals("9.1")).noneMatch(i -> i.value().equals("8.8"));
  }

  @Test
  void theSameTitleAndDateWithOtherTextReplacesTheEarlierVersion() {
    Article first = TestArticles.crayfish("");
    Ingester.Ingested old = ingest(first);
    Ingester.Ingested now =
        ingest(new Article(first.title(), "", "", first.date(), "", first.body() + "\n\n记者补充了一段。"));
    assertThat(now.replaced()).containsExactly(old.id());
    assertThat(store.list()).hasSize(1);
  }

  @Test
  void aTitleAloneOrADateAloneReplacesNothing() {
    Article first = TestArticles.crayfish("");
    ingest(first);
    ingest(new Article(first.title(), "", "", "2026-04-01", "", first.body() + "\n\n四月的新闻。"));
    ingest(new Article("另一篇", "", "", first.date(), "", first.body() + "\n\n同一天的另一篇。"));
    assertThat(store.list()).hasSize(3);
  }

  @Test
  void theSameTextWithOtherDetailsIsUpdatedInPlace() {
    Ingester.Ingested first = ingest(TestArticles.crayfish(""));
    Ingester.Ingested second = ingest(TestArticles.crayfish("https://example.org/now-with-url"));
    assertThat(second.status()).isEqualTo(ArticleStore.Status.UPDATED);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(store.list()).extracting(StoredArticle.Summary::url).containsExactly("https://example.org/now-with-url");
  }

  @Test
  void aFailedExtractionStoresNothing() {
    ArticleExtractor broken = (id, article) -> {
      throw new IllegalStateException("extractor bug");
    };
    assertThatThrownBy(() -> ingester(broken, "v1").ingest(TestArticles.crayfish(""), List.of()))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining("extraction failed");
    assertThat(store.list()).isEmpty();
    assertThat(store.changeCounter()).isZero();
  }

  @Test
  void anExtractionForAnotherArticleIsRefused() {
    ArticleExtractor confused = (id, article) -> TestArticles.BY_YUAN.extract("someone-else", article);
    assertThatThrownBy(() -> ingester(confused, "v1").ingest(TestArticles.crayfish(""), List.of()))
        .isInstanceOf(IngestException.class);
    assertThat(store.list()).isEmpty();
  }

  @Test
  void aFailureInsideTheTransactionLeavesTheEarlierVersionWhole() {
    Ingester.Ingested old = ingest(TestArticles.crayfish("https://example.org/a"));
    // The last write of a replacement (the change counter) fails, as a full disk or a crash would.
    db.inTransaction(c -> {
      try (Statement s = c.createStatement()) {
        return s.executeUpdate("CREATE TRIGGER no_more BEFORE UPDATE ON knowledge_change"
            + " BEGIN SELECT RAISE(ABORT, 'disk full'); END");
      }
    });
    Article corrected = new Article("更正", "", "", "", "https://example.org/a", "全新的正文，湖南小龙虾出口9.1亿元。");

    assertThatThrownBy(() -> ingest(corrected)).isInstanceOf(StorageException.class).hasMessageContaining("disk full");

    assertThat(store.list()).extracting(StoredArticle.Summary::id).containsExactly(old.id());
    assertThat(store.find(old.id()).orElseThrow().article().body()).contains("8.8亿元");
  }

  @Test
  void articlesSurviveARestart() {
    Ingester.Ingested done = ingest(TestArticles.crayfish("https://example.org/a"));
    db.close();

    db = Database.sqlite(home);
    store = new ArticleStore(db, CLOCK);
    IndicatorStore knowledge = new IngestedKnowledge(SEED, store, TestArticles.BY_YUAN, () -> "v1").load();

    assertThat(knowledge.sources()).extracting(s -> s.id()).contains(done.id());
    assertThat(knowledge.indicators()).anyMatch(i -> i.sentence().equals(TestArticles.CRAYFISH_SENTENCE));
    assertThat(knowledge.indicators().size()).isEqualTo(SEED.indicators().size() + 1);
    assertThat(knowledge.source(done.id()).text()).isEqualTo(TestArticles.crayfish("").body());
  }

  @Test
  void loadingUsesTheStoredExtractionWhileTheExtractorIsTheSame() {
    ingest(TestArticles.crayfish(""));
    AtomicInteger runs = new AtomicInteger();
    ArticleExtractor counting = (id, a) -> {
      runs.incrementAndGet();
      return TestArticles.BY_YUAN.extract(id, a);
    };
    new IngestedKnowledge(SEED, store, counting, () -> "v1").load();
    assertThat(runs).hasValue(0);
  }

  @Test
  void anArticleExtractedByAnotherExtractorVersionIsExtractedAgainOnceAndWrittenBack() {
    Ingester.Ingested done = ingester(TestArticles.NOTHING, "v1").ingest(TestArticles.crayfish(""), List.of());
    assertThat(done.figures()).isZero();
    assertThat(done.warnings()).anyMatch(w -> w.contains("no figures"));
    long counter = store.changeCounter();
    AtomicInteger runs = new AtomicInteger();
    ArticleExtractor improved = (id, a) -> {
      runs.incrementAndGet();
      return TestArticles.BY_YUAN.extract(id, a);
    };

    IndicatorStore first = new IngestedKnowledge(SEED, store, improved, () -> "v2").load();
    IndicatorStore second = new IngestedKnowledge(SEED, store, improved, () -> "v2").load();

    assertThat(first.indicators()).anyMatch(i -> i.sourceId().equals(done.id()));
    assertThat(second.indicators()).anyMatch(i -> i.sourceId().equals(done.id()));
    assertThat(runs).as("extracted once, then read back").hasValue(1);
    assertThat(store.find(done.id()).orElseThrow().figures()).isEqualTo(1);
    assertThat(store.changeCounter()).as("no one else's answers changed").isEqualTo(counter);
  }

  @Test
  void removingAnArticleTakesItsFiguresAwayAndMovesTheCounter() {
    Ingester.Ingested done = ingest(TestArticles.crayfish(""));
    long counter = store.changeCounter();
    assertThat(store.remove(done.id())).isTrue();
    assertThat(store.remove(done.id())).isFalse();
    assertThat(store.changeCounter()).isEqualTo(counter + 1);
    assertThat(new IngestedKnowledge(SEED, store, TestArticles.BY_YUAN, () -> "v1").load().indicators())
        .hasSameSizeAs(SEED.indicators());
  }

  @Test
  void anIdCanBeGivenByItsStartWhenThatIsUnambiguous() {
    Ingester.Ingested done = ingest(TestArticles.crayfish(""));
    assertThat(store.findByPrefix(done.id().substring(0, 6))).isPresent();
    assertThat(store.findByPrefix("zzz")).isEmpty();
  }
}
