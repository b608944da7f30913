package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.TestCores;
import tradebot.Wiring;

/**
 * Webhook mode as several instances run it: two bots on one PostgreSQL behind the same public
 * URL, the loopback Bot API standing in for Telegram (which here also delivers updates by POSTing
 * them, as Telegram would, to whichever instance).
 */
class TelegramWebhookTest {

  static final String SECRET = "s3cret_Webhook-token";

  private static EmbeddedPostgres postgres;
  private final HttpClient http = HttpClient.newHttpClient();
  private FakeBotApi api;
  private final List<Wiring> wirings = new ArrayList<>();
  private final List<TelegramBot> bots = new ArrayList<>();

  @BeforeAll
  static void startDatabase() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopDatabase() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void startApi() throws Exception {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() throws Exception {
    bots.forEach(TelegramBot::close);
    for (AutoCloseable c : cores) {
      c.close();
    }
    wirings.forEach(w -> w.database().close());
    api.close();
  }

  private final List<AutoCloseable> cores = new ArrayList<>();

  private TelegramBot instance() {
    return instance(false);
  }

  /** @param ownCore each instance with its own core, as separate processes have (not the tests' shared one) */
  private TelegramBot instance(boolean ownCore) {
    Wiring wiring =
        new Wiring(Map.of(
            "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN,
            "TELEGRAM_API_URL", api.url(),
            "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram",
            "TELEGRAM_WEBHOOK_PORT", "0",
            "TELEGRAM_WEBHOOK_SECRET", SECRET,
            Wiring.DB_URL, postgres.getJdbcUrl("postgres", "postgres"),
            Wiring.DB_USER, "postgres",
            Wiring.DB_PASSWORD, "postgres"));
    wirings.add(wiring);
    tradebot.Core core = TestCores.core();
    if (ownCore) {
      Wiring.RunningCore running = wiring.serverCore();
      cores.add(running);
      core = running.core();
    }
    TelegramBot bot = wiring.telegramBot(wiring.telegramSettings().orElseThrow(), core);
    bots.add(bot);
    bot.start();
    return bot;
  }

  private ObjectNode update(long updateId, long chat, String text) {
    ObjectNode u = api.json().createObjectNode();
    u.put("update_id", updateId);
    u.set("message", api.message(chat, chat, "en", text));
    return u;
  }

  private int post(TelegramBot bot, ObjectNode update, String secret) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.webhookAddress().getPort() + "/telegram"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(update.toString()));
    if (secret != null) {
      request.header("X-Telegram-Bot-Api-Secret-Token", secret);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static double duplicates(Wiring wiring) {
    return wiring.metrics().registry().counter("tradebot.duplicates", "platform", "telegram").count();
  }

  @Test
  void everyInstanceRegistersTheSameWebhookWithItsSecret() {
    instance();
    instance();
    List<FakeBotApi.Call> hooks = api.calls("setwebhook");
    assertThat(hooks).hasSize(2).allSatisfy(call -> {
      assertThat(call.body().path("url").asText()).isEqualTo("https://bot.example.org/telegram");
      assertThat(call.body().path("secret_token").asText()).isEqualTo(SECRET);
      assertThat(call.body().path("allowed_updates").asText()).contains("callback_query");
    });
    assertThat(api.calls("getupdates")).as("no polling in webhook mode").isEmpty();
  }

  @Test
  void anUpdateDeliveredToBothInstancesIsAnsweredOnce() throws Exception {
    TelegramBot one = instance();
    TelegramBot two = instance();
    ObjectNode question = update(9001, 5101, "What was Hunan's total foreign trade in 2025?");
    assertThat(post(one, question, SECRET)).isEqualTo(200);
    assertThat(post(two, question, SECRET)).isEqualTo(200); // Telegram retried, the proxy chose the other
    assertThat(post(one, question, SECRET)).isEqualTo(200); // and once more to the first
    assertThat(duplicates(wirings.get(0)) + duplicates(wirings.get(1))).isEqualTo(2);

    // a later update to the same chat on the second instance comes after the one answer
    assertThat(post(two, update(9002, 5101, "/help"), SECRET)).isEqualTo(200);
    List<FakeBotApi.Call> answers = api.awaitAccepted(2);
    assertThat(answers.get(0).text()).contains("Hunan");
    assertThat(answers.get(1).text()).contains("/ask");
    assertThat(api.calls("sendmessage")).hasSize(2);
  }

  @Test
  void aRequestWithoutOrWithAWrongSecretIsRefusedAndNotAnswered() throws Exception {
    TelegramBot bot = instance();
    assertThat(post(bot, update(9101, 5201, "/help"), null)).isEqualTo(401);
    assertThat(post(bot, update(9102, 5201, "/help"), "not-the-secret")).isEqualTo(403);
    // the genuine one after them is answered: the refused ones did not use up anything
    assertThat(post(bot, update(9101, 5201, "/topics"), SECRET)).isEqualTo(200);
    assertThat(api.awaitAccepted(1)).singleElement().satisfies(c -> assertThat(c.text()).doesNotContain("/ask "));
    assertThat(api.calls("sendmessage")).hasSize(1);
  }

  @Test
  void aBodyThatIsNotAnUpdateIsRefusedWithoutAnswering() throws Exception {
    TelegramBot bot = instance();
    HttpResponse<Void> r =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.webhookAddress().getPort() + "/telegram"))
                .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .POST(HttpRequest.BodyPublishers.ofString("{\"update_id\": \"not a number\""))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(r.statusCode()).isEqualTo(400);
  }

  @Test
  void aFollowUpReachingTheOtherInstanceKnowsThePreviousTurn() throws Exception {
    TelegramBot one = instance(true);
    TelegramBot two = instance(true);
    assertThat(post(one, update(9201, 5301, "湖南汽车出口多少？"), SECRET)).isEqualTo(200);
    api.awaitAccepted(1);
    assertThat(post(two, update(9202, 5301, "增长呢？"), SECRET)).isEqualTo(200);
    assertThat(api.awaitAccepted(2).get(1).text()).contains("26.8%");
  }
}
