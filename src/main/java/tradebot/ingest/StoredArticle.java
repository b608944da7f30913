package tradebot.ingest;

import java.util.Objects;
import java.util.Optional;
import tradebot.extract.Article;
import tradebot.extract.Extraction;

/**
 * An article as stored: what was given ({@link Article}), its id (from the text), and the extraction
 * as JSON with the version of the extractor that made it.
 */
public record StoredArticle(
    String id, Article article, String extractorVersion, String extraction, int figures, long ingestedAt) {

  public StoredArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article of " + id);
    Objects.requireNonNull(extractorVersion, "extractor version of " + id);
    Objects.requireNonNull(extraction, "extraction of " + id);
  }

  /** Same text and metadata, extracted by the same extractor: storing it again changes nothing. */
  boolean sameAs(StoredArticle other) {
    return id.equals(other.id) && article.equals(other.article) && extractorVersion.equals(other.extractorVersion);
  }

  /** The stored extraction, if this build can still read it. */
  public Optional<Extraction> decoded() {
    return new ExtractionCodec().decode(extraction, article.body());
  }

  /** One line of {@code articles list}. */
  public record Summary(String id, String title, String date, String url, int figures) {}

  public Summary summary() {
    return new Summary(id, article.title(), article.date(), article.url(), figures);
  }
}
