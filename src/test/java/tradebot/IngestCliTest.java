package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `ingest` and `articles` as a user runs them: one line per article or per problem, exit codes. */
class IngestCliTest {

  private static final String TITLE = "湖南前三季度外贸增势强劲";
  private static final String TEXT =
      TITLE + "\n\n今年前三季度，湖南省外贸进出口总额为139.8亿美元，同比增幅达35.8%。\n\n前三季度全省出口70.7亿美元，增长28.3%。\n";

  @TempDir Path home;
  @TempDir Path files;
  private Wiring wiring;

  @BeforeEach
  void wire() {
    wiring = new Wiring(Map.of(Wiring.HOME, home.toString()));
  }

  @AfterEach
  void restore() {
    wiring.database().close();
  }

  private Cli.Run run(String... args) {
    return Cli.run(wiring, args);
  }

  private String file(String name, byte[] bytes) throws IOException {
    Path p = files.resolve(name);
    Files.write(p, bytes);
    return p.toString();
  }

  private String article() throws IOException {
    return file("q3.txt", TEXT.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void ingestPrintsOneLinePerArticleAndListShowsIt() throws IOException {
    Cli.Run done = run("ingest", article(), "--title", TITLE, "--publisher", "湖南外贸观察", "--date", "2011-10-18",
        "--url", "https://example.org/q3");
    assertThat(done.exit()).isZero();
    assertThat(done.out().strip().lines()).hasSize(1);
    String id = done.out().split("\t")[0];
    assertThat(id).matches("a[0-9a-f]{12}");
    assertThat(done.out()).contains(TITLE).contains("2011-10-18").contains("added").containsPattern("\\d+ figures?");

    JsonNode list = new ObjectMapper().readTree(run("articles", "list", "--json").out());
    assertThat(list.isArray()).isTrue();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("id").asText()).isEqualTo(id);
    assertThat(list.get(0).get("title").asText()).isEqualTo(TITLE);
    assertThat(list.get(0).get("date").asText()).isEqualTo("2011-10-18");
    assertThat(list.get(0).get("url").asText()).isEqualTo("https://example.org/q3");
    assertThat(list.get(0).get("figures").isInt()).isTrue();

    Cli.Run show = run("articles", "show", id);
    assertThat(show.exit()).isZero();
    assertThat(show.out()).contains(id).contains(TITLE).contains("湖南外贸观察").contains("https://example.org/q3");

    assertThat(wiring.articleStore().find(id).orElseThrow().article().body())
        .as("the headline equal to --title is not body text").startsWith("今年前三季度");
  }

  @Test
  void ingestingTheSameFileTwiceChangesNothingAndSaysSo() throws IOException {
    String file = article();
    run("ingest", file, "--date", "2011-10-18");
    Cli.Run again = run("ingest", file, "--date", "2011-10-18", "--json");
    assertThat(again.exit()).isZero();
    JsonNode line = new ObjectMapper().readTree(again.out());
    assertThat(line.get("status").asText()).isEqualTo("unchanged");
    assertThat(line.get("warnings").toString()).contains("nothing changed");
    assertThat(run("articles", "list").out()).contains("1 article");
  }

  @Test
  void theSameUrlWithNewTextReplacesTheEarlierArticle() throws IOException {
    run("ingest", article(), "--url", "https://example.org/q3", "--date", "2011-10-18");
    String corrected = file("q3-corrected.txt", TEXT.replace("139.8", "139.9").getBytes(StandardCharsets.UTF_8));
    Cli.Run replaced = run("ingest", corrected, "--url", "https://example.org/q3", "--date", "2011-10-18");
    assertThat(replaced.out()).contains("replaces a");
    assertThat(run("articles", "list").out()).contains("1 article");
  }

  @Test
  void badFilesGetOneLineEachNothingIsStoredAndTheExitIsNonZero() throws IOException {
    String gbk = file("gbk.txt", TEXT.getBytes(Charset.forName("GBK")));
    String empty = file("empty.txt", new byte[0]);
    String missing = files.resolve("missing.txt").toString();
    Cli.Run run = run("ingest", gbk, empty, missing);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip().lines()).hasSize(3);
    assertThat(run.err()).contains("GBK").contains("is empty").contains("no such file").doesNotContain("\tat ");
    assertThat(run("articles", "list").out()).contains("0 articles");
  }

  @Test
  void aGoodFileAmongBadOnesIsStoredAndTheExitSaysOneFailed() throws IOException {
    Cli.Run run = run("ingest", article(), files.resolve("missing.txt").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out().strip().lines()).hasSize(1);
    assertThat(run("articles", "list").out()).contains("1 article");
  }

  @Test
  void anEncodingCanBeGiven() throws IOException {
    Cli.Run run = run("ingest", file("gbk.txt", TEXT.getBytes(Charset.forName("GBK"))), "--encoding", "GBK");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains(TITLE);
  }

  @Test
  void badOptionsAreRefusedBeforeAnythingIsRead() throws IOException {
    assertThat(run("ingest", article(), "--date", "18.10.2011").err()).contains("--date must be YYYY-MM-DD or YYYY-MM");
    assertThat(run("ingest", article(), "--date", "2011-13").exit()).isEqualTo(2);
    assertThat(run("ingest", article(), article(), "--url", "https://example.org/x").err()).contains("one FILE");
    assertThat(run("ingest", article(), "--encoding", "klingon").err()).contains("unknown encoding");
    assertThat(run("articles", "list").out()).contains("0 articles");
  }

  @Test
  void removeTakesAnArticleAwayAndAnUnknownIdIsSaidSo() throws IOException {
    String id = run("ingest", article()).out().split("\t")[0];
    Cli.Run removed = run("articles", "remove", id);
    assertThat(removed.exit()).isZero();
    assertThat(removed.out()).contains("removed " + id);
    Cli.Run again = run("articles", "remove", id);
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.err()).contains("no article " + id);
    assertThat(run("articles", "show", "nope").exit()).isEqualTo(1);
  }

  @Test
  void askAndFactsSeeIngestedArticlesAfterARestart() throws IOException {
    String id = run("ingest", article(), "--date", "2011-10-18").out().split("\t")[0];
    wiring.database().close();
    wiring = new Wiring(Map.of(Wiring.HOME, home.toString()));
    assertThat(wiring.core().store().sources()).anyMatch(s -> s.id().equals(id) && s.title().equals(TITLE));
  }

  @Test
  void commandsThatOnlyReadDoNotCreateADatabase() {
    Path elsewhere = files.resolve("fresh-home");
    new Wiring(Map.of(Wiring.HOME, elsewhere.toString())).core();
    assertThat(elsewhere).doesNotExist();
  }
}
