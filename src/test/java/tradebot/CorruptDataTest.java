package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tradebot ask} over a broken copy of the data ({@code TRADEBOT_DATA_DIR}): a file cut
 * short, garbage, empty, a record whose figure or type is wrong, a missing source text. Each stops
 * start-up before anything is answered, with one line naming the file (and the record, when one is
 * to blame) and exit status 2; nothing half-loaded answers.
 */
class CorruptDataTest {

  @TempDir Path dir;
  private final PrintStream realOut = System.out;
  private final PrintStream realErr = System.err;
  private final InputStream realIn = System.in;

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
    System.setIn(realIn);
  }

  private record Run(int exit, String out, String err) {}

  /** A copy of the packaged data to break. */
  private Path data() throws IOException {
    Path copy = dir.resolve("data");
    Path from = Path.of("data");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }

  private Run ask(Path data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setIn(new ByteArrayInputStream("湖南进出口总值\n".getBytes(StandardCharsets.UTF_8)));
    try {
      Wiring wiring = new Wiring(Map.of(Wiring.DATA_DIR, data.toString(), Wiring.HOME, dir.resolve("home").toString()));
      int exit = Main.run(wiring, new String[] {"ask", "--json"});
      return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      restore();
    }
  }

  /** Exit 2, nothing answered, one line that names the problem; no stack trace. */
  private String refused(Path data) {
    Run run = ask(data);
    assertThat(run.exit()).as("exit status; stderr: %s", run.err()).isEqualTo(2);
    assertThat(run.out()).as("nothing answered").isEmpty();
    assertThat(run.err()).startsWith("tradebot: bad data: ").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.err().strip().lines()).hasSize(1);
    return run.err();
  }

  private static void cut(Path file, double keep) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, (int) (bytes.length * keep)));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
  }

  @Test
  void theUnbrokenCopyAnswers() throws IOException {
    Run run = ask(data());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"answered\":true");
  }

  @Test
  void anIndicatorFileCutShortNamesTheFileAndTheRecordWhereItEnds() throws IOException {
    Path data = data();
    cut(data.resolve("indicators/hunan-2025.json"), 0.6);
    assertThat(refused(data)).contains("indicators/hunan-2025.json").containsPattern("record \\d+");
  }

  @Test
  void garbageInAnIndicatorFileNamesTheFile() throws IOException {
    Path data = data();
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);
    Files.write(data.resolve("indicators/changsha-2026.json"), garbage);
    assertThat(refused(data)).contains("indicators/changsha-2026.json");
  }

  @Test
  void anEmptySourcesFileNamesTheFile() throws IOException {
    Path data = data();
    Files.write(data.resolve("sources/sources.json"), new byte[0]);
    assertThat(refused(data)).contains("sources/sources.json");
  }

  @Test
  void aRecordWhoseFigureIsNotInItsSentenceNamesFileRecordAndField() throws IOException {
    Path data = data();
    replace(data.resolve("indicators/hunan-2025.json"), "\"value\": \"5,414.1\"", "\"value\": \"5,414.2\"");
    assertThat(refused(data)).contains("indicators/hunan-2025.json").contains("record hunan_trade_total_2025")
        .contains("value");
  }

  @Test
  void aRecordWithAFieldOfTheWrongTypeNamesFileAndRecord() throws IOException {
    Path data = data();
    replace(data.resolve("indicators/hunan-2025.json"), "\"number\": ", "\"number\": \"many\", \"x_number\": ");
    assertThat(refused(data)).contains("indicators/hunan-2025.json").containsPattern("record \\d+").contains("number");
  }

  @Test
  void aSourceTextCutShortNamesTheRecordsThatLostTheirSentence() throws IOException {
    Path data = data();
    cut(data.resolve("sources/hunan-2025.txt"), 0.5);
    assertThat(refused(data)).contains("indicators/hunan-2025.json").contains("record ").contains("sentence");
  }

  @Test
  void aMissingSourceTextNamesTheFile() throws IOException {
    Path data = data();
    Files.delete(data.resolve("sources/changsha-2026.txt"));
    assertThat(refused(data)).contains("sources/changsha-2026.txt");
  }

  @Test
  void aLexiconCutShortNamesTheFile() throws IOException {
    Path data = data();
    cut(data.resolve("lexicon.json"), 0.5);
    assertThat(refused(data)).contains("lexicon.json");
  }
}
