package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Server;
import tradebot.TestCores;
import tradebot.Wiring;
import tradebot.subscribe.NewSubscription;
import tradebot.text.Lang;

/** The process as `telegram` and `serve` run it: the bot, its daily poster, and a clean stop. */
class TelegramServeTest {

  @TempDir Path dir;
  private FakeBotApi api;
  private Wiring wiring;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    wiring = new Wiring(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
        Wiring.HOME, dir.toString()));
  }

  @AfterEach
  void stop() {
    api.close();
    wiring.database().close();
  }

  @Test
  void servingTelegramAnswersAndPostsTodaysDueFactAtStartUp() throws Exception {
    assertThat(wiring.configuredPlatforms()).containsExactly(Server.Platform.TELEGRAM);
    // Midnight UTC has always passed today, so the first pass at start-up posts it.
    wiring.subscriptionStore().subscribe(
        new NewSubscription(TelegramBot.PLATFORM, "3101", LocalTime.MIDNIGHT, ZoneOffset.UTC, "", Lang.ENGLISH));

    try (Server server = Server.start(wiring, TestCores.core(), wiring.configuredPlatforms())) {
      assertThat(server.description())
          .isEqualTo("Telegram bot @" + FakeBotApi.BOT_USERNAME + ", daily posts to telegram");
      FakeBotApi.Call post = api.await("sendmessage", 1).get(0);
      assertThat(post.body().path("chat_id").asText()).isEqualTo("3101");
      assertThat(post.text()).startsWith("<b>Fact of the day</b>");

      api.text(3102, "/help");
      List<FakeBotApi.Call> sent = api.await("sendmessage", 2);
      assertThat(sent.get(1).body().path("chat_id").asText()).isEqualTo("3102");
      assertThat(wiring.metrics().scrape())
          .contains("tradebot_platform_calls_total{method=\"getme\",platform=\"telegram\",status=\"200\"} 1.0")
          .contains("tradebot_posts_total{platform=\"telegram\",result=\"sent\"} 1.0");
    }
    assertThat(wiring.subscriptionStore().active()).hasSize(1);
  }

  @Test
  void deliverPostsToTelegramFromCronWithoutPolling() throws Exception {
    wiring.subscriptionStore().subscribe(
        new NewSubscription(TelegramBot.PLATFORM, "3201", LocalTime.MIDNIGHT, ZoneOffset.UTC, "", Lang.ENGLISH));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream realOut = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    int exit;
    try {
      exit = new picocli.CommandLine(new tradebot.subscribe.DeliverCommand(wiring)).execute();
    } finally {
      System.setOut(realOut);
    }
    assertThat(exit).isZero();
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"chat\":\"telegram:3201\"");
    assertThat(api.calls("sendmessage")).singleElement()
        .satisfies(c -> assertThat(c.body().path("chat_id").asText()).isEqualTo("3201"));
    assertThat(api.calls("getupdates")).as("deliver does not poll").isEmpty();
  }
}
