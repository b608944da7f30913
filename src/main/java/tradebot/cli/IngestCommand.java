package tradebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tradebot.Wiring;
import tradebot.extract.Article;
import tradebot.ingest.ArticleReader;
import tradebot.ingest.IngestException;
import tradebot.ingest.Ingester;

/**
 * {@code ingest FILE...}: adds articles to what the bot knows. One line per article (id, title,
 * date, figures, what happened, warnings), or one JSON object per line with {@code --json}. Exit 0
 * when every file was stored (or was already), 1 when one was refused (nothing of it stored), 2 on a
 * bad option.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Add articles (plain UTF-8 text: the headline on the first line unless --title is given, paragraphs",
      "separated by blank lines) to what the bot knows. The same text again changes nothing; the same",
      "--url, or the same title and --date, with other text replaces the earlier version."
    })
public final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files; - reads standard input.")
  List<String> files;

  @Option(names = "--title", description = "The headline (then a first line equal to it is not body text).")
  String title;

  @Option(names = "--publisher", description = "The publication, e.g. 长沙晚报.")
  String publisher;

  @Option(names = "--author", description = "The author.")
  String author;

  @Option(names = "--date", description = "Publication date, YYYY-MM-DD or YYYY-MM (periods such as 今年 are read against it).")
  String date;

  @Option(names = "--url", description = "Where it was published; ingesting the same URL again replaces it.")
  String url;

  @Option(names = "--encoding", description = "Read the files in this encoding (e.g. GBK, Big5) instead of UTF-8.")
  String encoding;

  @Option(names = "--html", description = "The files are HTML pages: keep only their text.")
  boolean html;

  @Option(names = "--json", description = "Print one JSON object per file: id, title, date, url, figures, status, replaced, warnings (or file and error).")
  boolean json;

  private final Wiring wiring;

  public IngestCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    String problem = checkOptions();
    if (problem != null) {
      err.println("tradebot: " + problem);
      return 2;
    }
    ArticleReader.Options options = new ArticleReader.Options(encoding == null ? null : Charset.forName(encoding), html);
    ArticleReader reader = new ArticleReader();
    Ingester ingester = wiring.ingester();
    ObjectMapper mapper = new ObjectMapper();
    int failed = 0;
    for (String file : files) {
      try {
        ArticleReader.Text text =
            file.equals("-") ? reader.read("(standard input)", System.in, title, options)
                : reader.read(Path.of(file), title, options);
        List<String> warnings = new java.util.ArrayList<>(text.warnings());
        if (date == null) {
          warnings.add("no --date: periods such as 今年 or 去年 cannot be dated");
        }
        Article article = new Article(text.title(), publisher, author, date, url, text.body());
        Ingester.Ingested done = ingester.ingest(article, warnings);
        out.println(json ? json(mapper, done) : line(done));
      } catch (IngestException e) {
        failed++;
        err.println("tradebot: " + e.getMessage());
        if (json) {
          ObjectNode o = mapper.createObjectNode().put("file", file).put("error", e.getMessage());
          out.println(o.toString());
        }
      }
    }
    return failed == 0 ? 0 : 1;
  }

  private String checkOptions() {
    if (files.size() > 1 && (title != null || url != null)) {
      return "--title and --url name one article: give one FILE with them";
    }
    if (date != null && !validDate(date)) {
      return "--date must be YYYY-MM-DD or YYYY-MM, not " + date;
    }
    if (encoding != null) {
      try {
        Charset.forName(encoding);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        return "--encoding: unknown encoding " + encoding + " (e.g. GBK, Big5, UTF-16)";
      }
    }
    for (String[] field : new String[][] {{"--title", title, "300"}, {"--publisher", publisher, "200"},
        {"--author", author, "200"}, {"--url", url, "2000"}}) {
      if (field[1] != null && field[1].length() > Integer.parseInt(field[2])) {
        return field[0] + " is longer than " + field[2] + " characters";
      }
    }
    return null;
  }

  private static boolean validDate(String d) {
    try {
      if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
        LocalDate.parse(d);
        return true;
      }
      if (d.matches("\\d{4}-\\d{2}")) {
        YearMonth.parse(d);
        return true;
      }
    } catch (DateTimeParseException e) {
      return false;
    }
    return false;
  }

  private static String line(Ingester.Ingested d) {
    StringBuilder s = new StringBuilder();
    s.append(d.id()).append('\t').append(d.article().title()).append('\t')
        .append(d.article().date().isEmpty() ? "(no date)" : d.article().date()).append('\t')
        .append(d.figures()).append(d.figures() == 1 ? " figure" : " figures").append('\t')
        .append(d.status().name().toLowerCase(java.util.Locale.ROOT));
    if (!d.replaced().isEmpty()) {
      s.append(" (replaces ").append(String.join(", ", d.replaced())).append(')');
    }
    if (!d.warnings().isEmpty()) {
      s.append("\twarning: ").append(String.join("; ", d.warnings()));
    }
    return s.toString();
  }

  private static String json(ObjectMapper mapper, Ingester.Ingested d) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", d.id()).put("title", d.article().title()).put("date", d.article().date())
        .put("url", d.article().url()).put("figures", d.figures())
        .put("status", d.status().name().toLowerCase(java.util.Locale.ROOT));
    var replaced = o.putArray("replaced");
    d.replaced().forEach(replaced::add);
    var warnings = o.putArray("warnings");
    d.warnings().forEach(warnings::add);
    return o.toString();
  }
}
