package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;

/**
 * The subscriptions database unavailable at start-up (the SQLite file cannot be opened, PostgreSQL
 * is not running): the chat keeps answering and says subscriptions are unavailable; commands that
 * need the database stop with one line naming it (password masked) and exit status 3.
 */
class DatabaseUnavailableTest {

  @TempDir Path dir;
  private final PrintStream realOut = System.out;
  private final PrintStream realErr = System.err;

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
  }

  /** A home whose tradebot.db is a directory: SQLite cannot open it, whoever runs the test (root too). */
  private Wiring unopenableSqlite() throws IOException {
    Files.createDirectories(dir.resolve("tradebot.db"));
    return new Wiring(Map.of(Wiring.HOME, dir.toString()));
  }

  private static Wiring stoppedPostgres() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort(); // closed again: nothing listens there
    }
    return new Wiring(Map.of(Wiring.DB_URL, "jdbc:postgresql://127.0.0.1:" + port + "/tradebot",
        Wiring.DB_USER, "tradebot", Wiring.DB_PASSWORD, "s3cret-password"));
  }

  private record Run(int exit, String out, String err) {}

  private Run run(Wiring wiring, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new Run(Main.run(wiring, args), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      restore();
    }
  }

  @Test
  void withAnUnopenableSqliteFileTheChatAnswersAndSaysSubscriptionsAreUnavailable() throws IOException {
    Core core = unopenableSqlite().core();
    assertThat(core.chat().handle(new Incoming("telegram", "1", "湖南进出口总值", null)).answered()).isTrue();
    Reply subscribe = core.chat().handle(new Incoming("telegram", "1", "/subscribe 08:00", "en"));
    // in the language the chat writes in (Chinese), not the platform's
    assertThat(subscribe.lang()).isEqualTo(tradebot.text.Lang.SIMPLIFIED);
    assertThat(subscribe.text()).isEqualTo("抱歉，订阅功能暂时不可用，请稍后再试。");
    Reply english = core.chat().handle(new Incoming("telegram", "2", "/subscribe 08:00", "en"));
    assertThat(english.text()).isEqualTo("Sorry, subscriptions are not available right now. Please try again later.");
    assertThat(core.chat().handle(new Incoming("telegram", "1", "/topics", "en")).text()).isNotBlank();
  }

  @Test
  void withAnUnopenableSqliteFileSubscriptionCommandsStopWithOneLineNamingTheFile() throws IOException {
    Run run = run(unopenableSqlite(), "subscriptions", "list");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("tradebot: database unavailable: cannot open the database ")
        .contains(dir.resolve("tradebot.db").toString()).doesNotContain("\tat ");
  }

  @Test
  void withPostgresNotRunningDeliverStopsWithOneLineAndNoPassword() throws IOException {
    Run run = run(stoppedPostgres(), "deliver");
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).startsWith("tradebot: database unavailable: cannot open the database jdbc:postgresql://127.0.0.1:")
        .contains("refused").doesNotContain("s3cret-password").doesNotContain("\tat ");
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void withPostgresNotRunningTheChatStillAnswers() throws IOException {
    Core core = stoppedPostgres().core();
    assertThat(core.chat().handle(new Incoming("slack", "C1", "What was Hunan's total foreign trade in 2025?", "en"))
        .answered()).isTrue();
    assertThat(core.chat().handle(new Incoming("slack", "C1", "/subscriptions", "en")).text())
        .contains("not available right now");
  }
}
