package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.subscribe.Post;
import tradebot.subscribe.SendResult;
import tradebot.text.Lang;

/**
 * The Slack Web API and response_url misbehaving, end to end in HTTP mode: dropped connections,
 * slow answers, 5xx on response_url; and what a daily post makes of them. (429 and 5xx on
 * chat.postMessage are in {@link SlackHttpModeTest}; the waits one by one in {@link RetryingTest}.)
 */
class SlackFaultsTest {

  private final Core core = TestCores.core();
  private FakeSlackApi slack;
  private SlackBot bot;
  private SignedRequests requests;
  private RecordingSleeper sleeper;

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    sleeper = new RecordingSleeper();
    SlackSettings settings = new SlackSettings(SlackHttpModeTest.BOT_TOKEN, null, SlackHttpModeTest.SIGNING_SECRET,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slack.apiUrl());
    bot = SlackBot.build(settings, core, sleeper, Ticker.systemTicker());
    bot.start();
    requests = new SignedRequests(URI.create("http://127.0.0.1:" + bot.httpAddress().getPort() + SlackSettings.EVENTS_PATH),
        SlackHttpModeTest.SIGNING_SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    slack.close();
  }

  private static String dm(String channel, String text, String ts) {
    return "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"" + channel + "\",\"user\":\"U0ASKER\","
        + "\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\"}";
  }

  @Test
  void aDroppedPostConnectionIsRetriedAndTheAnswerArrives() throws Exception {
    slack.dropNextPost();
    requests.post(SignedRequests.eventCallback("Ev0DROP", dm("D0DM", SlackHttpModeTest.EV_QUESTION, "1.1")),
        SlackHttpModeTest.JSON);
    FakeSlackApi.Call dropped = slack.nextPost();
    FakeSlackApi.Call delivered = slack.nextPost();
    assertThat(delivered.form()).isEqualTo(dropped.form());
    assertThat(delivered.form().get("text")).contains("124.4");
  }

  @Test
  void aSlowPostToOneChannelDoesNotDelayOtherAnswers() throws Exception {
    CountDownLatch slow = slack.holdPostsTo("D0SLOW");
    requests.post(SignedRequests.eventCallback("Ev0SLOW", dm("D0SLOW", "湖南进出口总值", "1.2")), SlackHttpModeTest.JSON);
    requests.post(SignedRequests.slashCommand(SlackHttpModeTest.EV_QUESTION, "C0CHAN", slack.responseUrl("fast")),
        SlackHttpModeTest.FORM);
    assertThat(slack.nextResponse().path()).isEqualTo("/respond/fast"); // answered while the DM post hangs
    slow.countDown();
    assertThat(slack.nextPost().form()).containsEntry("channel", "D0SLOW");
  }

  @Test
  void responseUrlServerErrorsAndDropsAreRetried() throws Exception {
    slack.scriptRespond(503);
    slack.scriptRespond(FakeSlackApi.DROP);
    requests.post(SignedRequests.slashCommand(SlackHttpModeTest.EV_QUESTION, "C0CHAN", slack.responseUrl("r")),
        SlackHttpModeTest.FORM);
    FakeSlackApi.Call first = slack.nextResponse();
    slack.nextResponse();
    FakeSlackApi.Call third = slack.nextResponse();
    assertThat(third.body()).isEqualTo(first.body()).contains("124.4");
    assertThat(sleeper.waits).hasSizeGreaterThanOrEqualTo(1);
  }

  @Test
  void aDailyPostMapsADroppedConnectionAndA5xxToTryAgainLater() throws Exception {
    try (SlackPostSender sender = SlackPostSender.create(
        new SlackSettings(SlackHttpModeTest.BOT_TOKEN, null, null, null, slack.apiUrl()), core)) {
      String fact = "hunan_trade_total_2025";
      Post post = new Post(1, "slack", "C0CHAN", LocalDate.of(2026, 3, 1), fact, "Fact of the day",
          core.answerer().fact(fact, Lang.ENGLISH).orElseThrow(), "Ask more:", "f_" + fact);
      slack.dropNextPost();
      assertThat(sender.send(post)).isInstanceOf(SendResult.Transient.class);
      slack.nextPost();
      slack.scriptPost(502, Map.of(), "{\"ok\":false}");
      assertThat(sender.send(post)).isEqualTo(new SendResult.Transient("HTTP 502"));
      slack.nextPost();
      assertThat(sender.send(post)).isInstanceOf(SendResult.Sent.class);
      slack.nextPost();
      assertThat(slack.noMorePosts()).as("one attempt per send: the delivery pass retries").isTrue();
    }
  }
}
