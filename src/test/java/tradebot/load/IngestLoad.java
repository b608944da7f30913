package tradebot.load;

import java.util.List;
import tradebot.Wiring;
import tradebot.extract.Article;
import tradebot.ingest.ArticleReader;
import tradebot.ingest.Ingester;

/**
 * Ingest rate: N generated articles ({@link ArticleCorpus}) through the production path
 * ({@code Wiring.ingester()}: reading, extraction, one transaction each) into TRADEBOT_HOME.
 *
 * <pre>TRADEBOT_HOME=$(mktemp -d) java -cp $CP tradebot.load.IngestLoad 1000</pre>
 */
public final class IngestLoad {

  private IngestLoad() {}

  public static void main(String[] args) {
    int n = Integer.parseInt(args[0]);
    Wiring wiring = new Wiring(System.getenv());
    ArticleCorpus corpus = new ArticleCorpus(20261129L);
    ArticleReader reader = new ArticleReader();
    long start = System.nanoTime();
    Ingester ingester = wiring.ingester();
    long figures = 0;
    for (int i = 0; i < n; i++) {
      ArticleCorpus.Generated g = corpus.article(i);
      ArticleReader.Text text =
          reader.read("a" + i, new java.io.ByteArrayInputStream(g.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              null, ArticleReader.Options.DEFAULT);
      Ingester.Ingested done =
          ingester.ingest(new Article(text.title(), "测试日报", "", g.date(), "https://example.org/" + i, text.body()), List.of());
      figures += done.figures();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d articles (%d figures) in %.2f s: %.1f articles/s%n", n, figures, seconds, n / seconds);
    wiring.database().close();
  }
}
