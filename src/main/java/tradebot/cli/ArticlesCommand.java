package tradebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tradebot.Wiring;
import tradebot.extract.Article;
import tradebot.extract.Extraction;
import tradebot.ingest.ArticleStore;
import tradebot.ingest.StoredArticle;
import tradebot.store.Indicator;

/** {@code articles list|show|remove}: the ingested articles. */
@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description = "List, show or remove ingested articles.",
    subcommands = {ArticlesCommand.ListAll.class, ArticlesCommand.Show.class, ArticlesCommand.Remove.class})
public final class ArticlesCommand implements Callable<Integer> {

  final Wiring wiring;

  public ArticlesCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() {
    return new ListAll().print(wiring.articleStore(), false);
  }

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  static PrintStream err() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }

  /** One line per article: id, date, figures, title, URL; or one JSON array. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the ingested articles, oldest first.")
  static final class ListAll implements Callable<Integer> {
    @ParentCommand ArticlesCommand parent;

    @Option(names = "--json", description = "One JSON array of {id, title, date, url, figures}.")
    boolean json;

    @Override
    public Integer call() {
      return print(parent.wiring.articleStore(), json);
    }

    int print(ArticleStore store, boolean json) {
      PrintStream out = out();
      List<StoredArticle.Summary> all = store.list();
      if (json) {
        ArrayNode array = new ObjectMapper().createArrayNode();
        for (StoredArticle.Summary a : all) {
          array.addObject().put("id", a.id()).put("title", a.title()).put("date", a.date()).put("url", a.url())
              .put("figures", a.figures());
        }
        out.println(array.toString());
        return 0;
      }
      for (StoredArticle.Summary a : all) {
        out.println(a.id() + "\t" + (a.date().isEmpty() ? "(no date)" : a.date()) + "\t" + a.figures() + " figures\t"
            + a.title() + (a.url().isEmpty() ? "" : "\t" + a.url()));
      }
      out.println(all.size() + (all.size() == 1 ? " article" : " articles"));
      return 0;
    }
  }

  /** An article's details and every figure extracted, each with its sentence. */
  @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an article and the figures extracted from it.")
  static final class Show implements Callable<Integer> {
    @ParentCommand ArticlesCommand parent;

    @Parameters(paramLabel = "ID", description = "The article's id (or its start), as `articles list` shows.")
    String id;

    @Override
    public Integer call() {
      Optional<StoredArticle> found = parent.wiring.articleStore().findByPrefix(id.strip());
      if (found.isEmpty()) {
        err().println("tradebot: no article " + id + " (see `tradebot articles list`)");
        return 1;
      }
      StoredArticle a = found.get();
      Article article = a.article();
      PrintStream out = out();
      out.println(a.id() + "  " + article.title());
      out.println("publisher: " + orNone(article.publisher()) + "  author: " + orNone(article.author())
          + "  date: " + orNone(article.date()));
      if (!article.url().isEmpty()) {
        out.println("url: " + article.url());
      }
      Optional<Extraction> extraction = a.decoded();
      if (extraction.isEmpty()) {
        out.println("(the stored extraction is from another version; it is extracted again at the next start)");
        return 0;
      }
      List<Indicator> figures = extraction.get().indicators();
      out.println(figures.size() + (figures.size() == 1 ? " figure" : " figures")
          + (a.extractorVersion().equals(parent.wiring.extractorVersion()) ? "" : " (by an earlier extractor)"));
      for (Indicator i : figures) {
        out.println();
        out.println("  " + i.id() + "  " + i.region() + " · " + i.period() + " · " + i.metricZh() + ": " + i.value()
            + i.unit() + (i.hasGrowth() ? " (" + i.growth() + ")" : ""));
        out.println("  “" + i.sentence() + "”");
      }
      for (String w : extraction.get().warnings()) {
        out.println("warning: " + w);
      }
      return 0;
    }

    private static String orNone(String s) {
      return s.isEmpty() ? "-" : s;
    }
  }

  /** Removes articles by id; running bots stop quoting them within seconds. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove ingested articles by id.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand ArticlesCommand parent;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids, as `articles list` shows.")
    List<String> ids;

    @Override
    public Integer call() {
      ArticleStore store = parent.wiring.articleStore();
      int missing = 0;
      for (String id : ids) {
        Optional<StoredArticle> found = store.findByPrefix(id.strip());
        if (found.isPresent() && store.remove(found.get().id())) {
          out().println("removed " + found.get().id() + "\t" + found.get().article().title());
        } else {
          err().println("tradebot: no article " + id + " (see `tradebot articles list`)");
          missing++;
        }
      }
      return missing == 0 ? 0 : 1;
    }
  }
}
