package tradebot.extract;

import java.util.ArrayList;
import java.util.List;
import tradebot.store.Indicator;
import tradebot.store.SentenceSplitter;
import tradebot.store.Source;

/** Article → sentences → figures. */
public final class FigurePipeline implements ArticleExtractor {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Override
  public Extraction extract(String sourceId, Article article) {
    List<String> sentences = splitter.split(article.body());
    Source source =
        new Source(sourceId, article.title(), article.publisher(), article.author(), article.date(), "",
            article.body(), sentences);
    List<Indicator> indicators = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    return new Extraction(source, indicators, warnings);
  }
}
