package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bare command, `serve` and `chat` do, without platforms to reach. */
class ServeAndChatCommandTest {

  @TempDir Path home;
  private Wiring wiring;
  private final PrintStream realOut = System.out;
  private final PrintStream realErr = System.err;
  private final InputStream realIn = System.in;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @AfterEach
  void restore() {
    System.setOut(realOut);
    System.setErr(realErr);
    System.setIn(realIn);
    if (wiring != null) {
      wiring.database().close();
    }
  }

  private Wiring wire(Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    all.put(Wiring.HOME, home.toString());
    wiring = new Wiring(all);
    return wiring;
  }

  private int run(Map<String, String> env, InputStream in, String... args) {
    if (wiring == null) {
      wire(env);
    }
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setIn(in);
    return Main.run(wiring, args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withNoTokensTheBareCommandOpensTheTerminalChat() {
    int exit = run(Map.of(), new ByteArrayInputStream("/help\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(exit).isZero();
    assertThat(out()).contains("(Ctrl-D to quit)").contains("/subscribe");
  }

  @Test
  void serveWithNoTokensSaysWhatToSet() {
    assertThat(run(Map.of(), InputStream.nullInputStream(), "serve")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("TELEGRAM_BOT_TOKEN").contains("SLACK_BOT_TOKEN");
  }

  @Test
  void aSlackBotTokenAloneIsReportedBeforeAnythingStarts() {
    assertThat(run(Map.of("SLACK_BOT_TOKEN", "xoxb-test-000000000000-fake-bot-token"), InputStream.nullInputStream()))
        .as("the bare command serves what is configured").isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("SLACK_APP_TOKEN").contains("SLACK_SIGNING_SECRET");
  }

  @Test
  void theTerminalChatPrintsItsDailyPostWhileOpen() throws Exception {
    PipedOutputStream typing = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(typing);
    CompletableFuture<Integer> chat = CompletableFuture.supplyAsync(() -> run(Map.of(), in, "chat"));
    // Midnight UTC has always passed today, so the post is due at once.
    typing.write("/subscribe 00:00 UTC\n".getBytes(StandardCharsets.UTF_8));
    typing.flush();

    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!out().contains("Fact of the day") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    typing.close(); // Ctrl-D
    assertThat(chat.get(20, TimeUnit.SECONDS)).isZero();
    assertThat(out()).contains("Done: this chat gets one fact a day at 00:00 (UTC)")
        .contains("Fact of the day").contains("/start f_");
    assertThat(wiring.subscriptionStore().active()).singleElement()
        .satisfies(s -> assertThat(s.chat()).isEqualTo("console:local"));
  }
}
