package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.chat.Incoming;
import tradebot.subscribe.Post;
import tradebot.subscribe.SendResult;
import tradebot.text.Lang;

/** Daily posts to Slack, one attempt each, against the loopback Web API. */
class SlackPostSenderTest {

  static final String FACT = "hunan_trade_total_2025";

  final Core core = TestCores.core();
  FakeSlackApi slack;
  SlackPostSender sender;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    sender = SlackPostSender.create(
        new SlackSettings(SlackHttpModeTest.BOT_TOKEN, null, null, null, slack.apiUrl()), core);
  }

  @AfterEach
  void stop() throws Exception {
    sender.close();
    slack.close();
  }

  Post post() {
    return new Post(1, "slack", "C0CHAN", LocalDate.of(2026, 3, 1), FACT, "Fact of the day",
        core.answerer().fact(FACT, Lang.ENGLISH).orElseThrow(), "Ask more about it:", "f_" + FACT);
  }

  @Test
  void postsTheFactWithItsSourceAndHowToAskMore() throws Exception {
    assertThat(sender.send(post())).isInstanceOf(SendResult.Sent.class);

    FakeSlackApi.Call call = slack.nextPost();
    assertThat(call.form()).containsEntry("channel", "C0CHAN");
    String blocks = call.form().get("blocks");
    assertThat(blocks).contains("*Fact of the day*").contains("5,414.1")
        .contains("`/trade start f_" + FACT + "`");
    assertThat(call.form().get("text")).startsWith("Fact of the day\n");
  }

  @Test
  void dailyPostsGoToSlackWhenABotTokenIsSet() {
    assertThat(new tradebot.Wiring(Map.of()).postChannels(core, p -> new SendResult.Sent())).doesNotContainKey("slack");
    assertThat(new tradebot.Wiring(Map.of("SLACK_BOT_TOKEN", SlackHttpModeTest.BOT_TOKEN, "SLACK_API_URL", slack.apiUrl()))
        .postChannels(core, p -> new SendResult.Sent())).containsKey("slack");
  }

  @Test
  void theAskMoreLineOpensTheFact() {
    String text = SlackText.toCoreText("start f_" + FACT);
    assertThat(text).isEqualTo("/start f_" + FACT);
    assertThat(core.chat().handle(new Incoming("slack", "C0CHAN", text, null)).evidence())
        .extracting(e -> e.indicator().id()).containsExactly(FACT);
  }

  @Test
  void mapsSlacksAnswersToWhatTheDeliveryPassDoesNext() {
    slack.scriptPost(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");
    assertThat(sender.send(post())).isEqualTo(new SendResult.RetryAfter(Duration.ofSeconds(7)));
    slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertThat(sender.send(post())).isEqualTo(new SendResult.Permanent("channel_not_found"));
    slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");
    assertThat(sender.send(post())).isInstanceOf(SendResult.Permanent.class);
    slack.scriptPost(503, Map.of(), "{\"ok\":false}");
    assertThat(sender.send(post())).isEqualTo(new SendResult.Transient("HTTP 503"));
    slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
    assertThat(sender.send(post())).as("a bad token is not the channel's fault")
        .isInstanceOf(SendResult.Transient.class);
  }
}
