package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.subscribe.Subscription;
import tradebot.text.Lang;

/**
 * The "Check figures" message shortcut and the App Home, end to end over HTTP mode against the
 * loopback Slack Web API.
 */
class SlackShortcutAndHomeTest {

  static final String BOT_TOKEN = "xoxb-0000-1111-fake-bot-token";
  static final String SIGNING_SECRET = "0123456789abcdef0123456789abcdef";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";

  final ObjectMapper json = new ObjectMapper();
  final Core core = TestCores.core();
  final FakeDirectory directory = new FakeDirectory();
  FakeSlackApi slack;
  SlackBot bot;
  SignedRequests requests;

  /** Subscriptions in memory: D0HOME is the user's DM, C0CHAN their channel, C0OTHER someone else's. */
  static final class FakeDirectory implements SubscriptionDirectory {
    final List<Subscription> subs = new CopyOnWriteArrayList<>(List.of(
        sub(1, "D0HOME", "汽车"), sub(2, "C0CHAN", ""), sub(3, "C0OTHER", "")));
    final List<Long> removed = new CopyOnWriteArrayList<>();

    static Subscription sub(long id, String channel, String topic) {
      return new Subscription(id, "slack", channel, LocalTime.of(8, 30), ZoneId.of("Asia/Shanghai"), topic,
          Lang.ENGLISH, true, Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Override
    public List<Subscription> ofChannels(Collection<String> channelIds) {
      return subs.stream().filter(s -> channelIds.contains(s.chatId())).toList();
    }

    @Override
    public boolean remove(long id) {
      removed.add(id);
      return subs.removeIf(s -> s.id() == id);
    }
  }

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    SlackSettings settings = new SlackSettings(BOT_TOKEN, null, SIGNING_SECRET,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slack.apiUrl());
    bot = SlackBot.build(settings, core, new RecordingSleeper(), Ticker.systemTicker())
        .withHome(directory, Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC));
    bot.start();
    requests = new SignedRequests(
        URI.create("http://127.0.0.1:" + bot.httpAddress().getPort() + SlackSettings.EVENTS_PATH), SIGNING_SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    slack.close();
  }

  private String sentence(String id) {
    return core.store().indicator(id).orElseThrow().sentence();
  }

  @Test
  void checkFiguresOnAMessageWithOneRightAndOneWrongFigureRepliesInItsThread() throws Exception {
    String message = "2025年长沙进出口2875.4亿元，对非进出口403.5亿元";
    var ack = requests.post(SignedRequests.messageShortcut(
        CheckShortcut.CALLBACK_ID, "C0CHAN", message, "1700000000.000900", slack.responseUrl("s1")), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);

    FakeSlackApi.Call post = slack.nextPost();
    assertThat(post.form()).containsEntry("channel", "C0CHAN").containsEntry("thread_ts", "1700000000.000900");
    String text = SlackHttpModeTest.texts(json.readTree(post.form().get("blocks")));
    assertThat(text)
        .contains("与原文不符")
        .contains("“2875.4亿元”与原文一致")
        .contains("“403.5亿元”与原文不符：原文为303.5亿元")
        .contains("> " + Mrkdwn.escape(sentence("changsha_africa_trade_2025")));
  }

  @Test
  void whereTheBotIsNotInTheChannelOnlyTheAskerSeesTheCheck() throws Exception {
    slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"not_in_channel\"}");
    requests.post(SignedRequests.messageShortcut(
        CheckShortcut.CALLBACK_ID, "C0NOTIN", "Changsha's FDI fell 16.5% in 2025", "1700000000.000901",
        slack.responseUrl("s2")), FORM);

    JsonNode response = json.readTree(slack.nextResponse().body());
    assertThat(response.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(SlackHttpModeTest.texts(response.path("blocks"))).contains("contradicted").contains("not a decline");
  }

  @Test
  void openingTheHomeShowsCoverageTheUsersAndTheirChannelsSubscriptionsAndTodaysFact() throws Exception {
    slack.userChannels(List.of("C0CHAN"));
    String event = "{\"type\":\"app_home_opened\",\"user\":\"U0ASKER\",\"channel\":\"D0HOME\",\"tab\":\"home\","
        + "\"event_ts\":\"1700000000.000100\"}";
    assertThat(requests.post(SignedRequests.eventCallback("Ev0HOME", event), JSON).statusCode()).isEqualTo(200);

    FakeSlackApi.Call published = slack.nextViewPublished();
    assertThat(published.form()).containsEntry("user_id", "U0ASKER");
    JsonNode view = json.readTree(published.form().get("view"));
    assertThat(view.path("type").asText()).isEqualTo("home");
    String text = SlackHttpModeTest.texts(view.path("blocks"));
    assertThat(text).contains("What I cover").contains("Today's fact").contains("<#C0CHAN>").doesNotContain("C0OTHER");
    assertThat(view.findValues("value")).extracting(JsonNode::asText).containsExactlyInAnyOrder("1:D0HOME", "2:D0HOME");
    String today = core.plainText().render(new AppHome(null, directory, core.answerer(), core.store(), core.messages(),
        null, Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC), Runnable::run).todaysFact(Lang.ENGLISH).orElseThrow());
    assertThat(text).contains(Mrkdwn.escape(today.lines().filter(l -> l.startsWith("Source sentence")).findFirst()
        .orElseThrow().replace("Source sentence: “", "").replace("”", "")));
  }

  @Test
  void anUnsubscribeClickEndsThatSubscriptionAndShowsTheHomeWithoutIt() throws Exception {
    slack.userChannels(List.of("C0CHAN"));
    var ack = requests.post(SignedRequests.blockAction(
        AppHome.UNSUBSCRIBE_ACTION, "home-sub", "2:D0HOME", slack.responseUrl("h1")), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);

    JsonNode view = json.readTree(slack.nextViewPublished().form().get("view"));
    assertThat(directory.removed).containsExactly(2L);
    assertThat(view.findValues("value")).extracting(JsonNode::asText).containsExactly("1:D0HOME");
  }

  @Test
  void aClickCannotEndAnotherChannelsSubscription() throws Exception {
    slack.userChannels(List.of("C0CHAN"));
    requests.post(SignedRequests.blockAction(AppHome.UNSUBSCRIBE_ACTION, "home-sub", "3:D0HOME", slack.responseUrl("h2")), FORM);

    slack.nextViewPublished();
    assertThat(directory.removed).isEmpty();
    assertThat(directory.subs).hasSize(3);
  }
}
