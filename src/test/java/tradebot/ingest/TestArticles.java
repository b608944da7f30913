package tradebot.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tradebot.extract.Article;
import tradebot.extract.ArticleExtractor;
import tradebot.extract.Extraction;
import tradebot.store.Indicator;
import tradebot.store.SentenceSplitter;
import tradebot.store.Source;

/** Articles and stand-in extractors for the ingest tests (the real extractor is tested on its own). */
final class TestArticles {

  private TestArticles() {}

  static final String CRAYFISH_SENTENCE = "2025年，湖南小龙虾出口8.8亿元，同比增长12.5%。";

  static Article crayfish(String url) {
    return new Article("湖南小龙虾出口创新高", "测试日报", "记者", "2026-03-01", url,
        CRAYFISH_SENTENCE + "\n\n小龙虾产业带动了沿湖地区的就业。");
  }

  /** One figure for every sentence with 亿元 in it: enough to answer "湖南小龙虾出口多少". */
  static final ArticleExtractor BY_YUAN =
      (id, article) -> {
        List<String> sentences = new SentenceSplitter().split(article.body());
        Source source = new Source(id, article.title(), article.publisher(), article.author(), article.date(), "",
            article.body(), sentences);
        List<Indicator> indicators = new ArrayList<>();
        for (String s : sentences) {
          java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+)亿元").matcher(s);
          if (m.find() && s.contains("小龙虾")) {
            indicators.add(new Indicator(id + "_" + indicators.size(), id, "hunan", "2025", Indicator.Kind.VALUE, false,
                "小龙虾出口额", "crayfish exports (value)", List.of("小龙虾", "小龙虾出口"), List.of("crayfish", "crayfish exports"),
                m.group(1), "亿元", new BigDecimal(m.group(1)).movePointRight(8), null, null, null, s));
          }
        }
        return new Extraction(source, indicators, List.of());
      };

  static final ArticleExtractor NOTHING =
      (id, article) ->
          new Extraction(new Source(id, article.title(), article.publisher(), article.author(), article.date(), "",
              article.body(), new SentenceSplitter().split(article.body())), List.of(), List.of());
}
