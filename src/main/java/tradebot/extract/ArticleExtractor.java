package tradebot.extract;

/**
 * Turns an article into the figures it states. The same article and id always give the same
 * extraction, so re-ingesting a text changes nothing.
 */
public interface ArticleExtractor {

  Extraction extract(String sourceId, Article article);
}
