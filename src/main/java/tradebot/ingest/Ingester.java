package tradebot.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tradebot.extract.Article;
import tradebot.extract.ArticleExtractor;
import tradebot.extract.Extraction;
import tradebot.store.Indicator;

/**
 * Article in, figures stored: extracts the article and stores text, metadata and extraction in one
 * transaction. The same text and metadata again changes nothing; a failed extraction stores nothing.
 */
public final class Ingester {

  /** What one ingest did: the article's id, how many figures, what looked wrong, what it replaced. */
  public record Ingested(
      String id, Article article, int figures, List<String> warnings, ArticleStore.Status status, List<String> replaced) {
    public Ingested {
      warnings = List.copyOf(warnings);
      replaced = List.copyOf(replaced);
    }
  }

  private final ArticleStore store;
  private final ArticleExtractor extractor;
  private final Supplier<String> extractorVersion;
  private final ExtractionCodec codec = new ExtractionCodec();
  private final Clock clock;

  public Ingester(ArticleStore store, ArticleExtractor extractor, Supplier<String> extractorVersion, Clock clock) {
    this.store = store;
    this.extractor = extractor;
    this.extractorVersion = extractorVersion;
    this.clock = clock;
  }

  public Ingested ingest(Article article, List<String> readWarnings) {
    String id = ArticleIds.of(article);
    String version = extractorVersion.get();
    List<String> warnings = new ArrayList<>(readWarnings);
    var existing = store.find(id);
    if (existing.isPresent() && existing.get().article().equals(article)
        && existing.get().extractorVersion().equals(version)) {
      warnings.add("already ingested with the same text and details: nothing changed");
      return new Ingested(id, article, existing.get().figures(), warnings, ArticleStore.Status.UNCHANGED, List.of());
    }
    Extraction extraction = extract(extractor, id, article);
    warnings.addAll(extraction.warnings());
    if (extraction.indicators().isEmpty()) {
      warnings.add("no figures found: the article is stored, but the bot can quote nothing from it");
    }
    StoredArticle stored =
        new StoredArticle(id, article, version, codec.encode(extraction), extraction.indicators().size(), clock.millis());
    ArticleStore.Saved saved = store.save(stored);
    return new Ingested(id, article, stored.figures(), warnings, saved.status(), saved.replaced());
  }

  /** Runs the extractor and checks that what it made belongs to this article. */
  static Extraction extract(ArticleExtractor extractor, String id, Article article) {
    Extraction extraction;
    try {
      extraction = extractor.extract(id, article);
    } catch (RuntimeException e) {
      throw new IngestException("extraction failed: " + e, e);
    }
    if (extraction == null || extraction.source() == null || !id.equals(extraction.source().id())) {
      throw new IngestException("extraction failed: the extractor returned no source " + id);
    }
    for (Indicator i : extraction.indicators()) {
      if (!id.equals(i.sourceId())) {
        throw new IngestException("extraction failed: figure " + i.id() + " names source " + i.sourceId() + ", not " + id);
      }
    }
    return extraction;
  }
}
