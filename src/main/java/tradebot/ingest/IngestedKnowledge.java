package tradebot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.extract.ArticleExtractor;
import tradebot.extract.Extraction;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.store.Source;

/**
 * The store the core is built from: the seed data plus every ingested article. Stored extractions
 * are used as they are; an article extracted by another version of the extractor (it improved since)
 * is extracted again and the result written back, so start-up extracts each article once per
 * extractor version.
 */
public final class IngestedKnowledge {

  private static final Logger log = LoggerFactory.getLogger(IngestedKnowledge.class);

  private final IndicatorStore seed;
  private final ArticleStore articles;
  private final Supplier<ArticleExtractor> extractor;
  private final Supplier<String> extractorVersion;
  private final ExtractionCodec codec = new ExtractionCodec();

  public IngestedKnowledge(
      IndicatorStore seed, ArticleStore articles, ArticleExtractor extractor, Supplier<String> extractorVersion) {
    this(seed, articles, () -> extractor, extractorVersion);
  }

  /** With the extractor built only if an article needs extracting again (building it loads dictionaries). */
  public IngestedKnowledge(
      IndicatorStore seed, ArticleStore articles, Supplier<ArticleExtractor> extractor, Supplier<String> extractorVersion) {
    this.seed = seed;
    this.articles = articles;
    this.extractor = extractor;
    this.extractorVersion = extractorVersion;
  }

  /** Changes whenever an article is ingested, replaced or removed. */
  public long version() {
    return articles.changeCounter();
  }

  /** Seed plus articles; a database failure is a StorageException (the caller keeps what it had). */
  public IndicatorStore load() {
    List<StoredArticle> all = articles.all();
    if (all.isEmpty()) {
      return seed;
    }
    List<Source> sources = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    ArticleExtractor[] built = new ArticleExtractor[1]; // built for the first article that needs it, then reused
    Supplier<ArticleExtractor> once = () -> built[0] == null ? (built[0] = extractor.get()) : built[0];
    for (StoredArticle a : all) {
      extraction(a, once).ifPresent(e -> {
        sources.add(e.source());
        e.indicators().stream().filter(i -> i.sourceId().equals(a.id())).forEach(indicators::add);
      });
    }
    return seed.plus(sources, indicators);
  }

  private Optional<Extraction> extraction(StoredArticle a, Supplier<ArticleExtractor> extractor) {
    String version = extractorVersion.get();
    Optional<Extraction> stored = codec.decode(a.extraction(), a.article().body());
    if (stored.isPresent() && a.extractorVersion().equals(version)) {
      return stored;
    }
    try {
      Extraction fresh = Ingester.extract(extractor.get(), a.id(), a.article());
      articles.updateExtraction(a.id(), a.extractorVersion(), version, codec.encode(fresh), fresh.indicators().size());
      return Optional.of(fresh);
    } catch (IngestException e) {
      log.warn("article {} could not be extracted again, its stored figures stay: {}", a.id(), e.getMessage());
      return stored;
    }
  }
}
