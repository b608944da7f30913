package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
import tradebot.Server;
import tradebot.TestCores;
import tradebot.Wiring;
import tradebot.subscribe.Database;
import tradebot.subscribe.DeliveryPass;
import tradebot.subscribe.NewSubscription;
import tradebot.subscribe.PostChannel;
import tradebot.subscribe.PostText;
import tradebot.subscribe.RateLimiter;
import tradebot.subscribe.SendLimits;
import tradebot.subscribe.SubscribeMessages;
import tradebot.subscribe.Subscription;
import tradebot.subscribe.SubscriptionStore;
import tradebot.subscribe.TopicFilter;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;
import tradebot.text.Normalizer;

/** Daily posts to Slack through the delivery pass and the `slack`/`serve` process, against the loopback Web API. */
class SlackDailyPostsTest {

  private final Core core = TestCores.core();
  @TempDir Path dir;
  private FakeSlackApi slack;
  private SlackPostSender sender;
  private Database db;
  private final MovableClock clock = new MovableClock();
  private SubscriptionStore subscriptions;
  private DeliveryPass pass;

  /** A clock the test sets; the pass's waits move it instead of sleeping. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-03-01T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void set(Instant instant) {
      now = instant;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    sender = SlackPostSender.create(new SlackSettings(SlackHttpModeTest.BOT_TOKEN, null, null, null, slack.apiUrl()), core);
    db = Database.sqlite(dir);
    subscriptions = new SubscriptionStore(db, clock);
    pass =
        new DeliveryPass(
            db, subscriptions, new TopicFilter(core.store(), new Normalizer(new ChineseConverter())),
            core.answerer(), new SubscribeMessages(), new PostText(core.plainText()),
            Map.of(SlackBot.PLATFORM, new PostChannel(sender, new RateLimiter(SendLimits.SLACK, clock))),
            clock::advance, "test", Duration.ofMinutes(5));
  }

  @AfterEach
  void stop() throws Exception {
    sender.close();
    slack.close();
    db.close();
  }

  private Subscription subscribe(String channel) {
    return subscriptions.subscribe(
        new NewSubscription(SlackBot.PLATFORM, channel, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"), "", Lang.ENGLISH));
  }

  private List<DeliveryPass.Delivered> runAt(String instant) throws InterruptedException {
    clock.set(Instant.parse(instant));
    return pass.run(clock.instant());
  }

  @Test
  void aSubscribedChannelGetsExactlyOnePostPerLocalDay() throws Exception {
    subscribe("C0DAILY");
    assertThat(runAt("2026-03-01T00:59:00Z")).isEmpty();
    assertThat(runAt("2026-03-01T01:00:00Z")).hasSize(1);
    FakeSlackApi.Call post = slack.nextPost();
    assertThat(post.form()).containsEntry("channel", "C0DAILY");
    assertThat(post.form().get("blocks")).contains("*Fact of the day*").contains("/trade start f_");
    assertThat(runAt("2026-03-01T01:00:30Z")).isEmpty();
    assertThat(runAt("2026-03-01T15:59:00Z")).isEmpty();
    assertThat(slack.noMorePosts()).isTrue();
    assertThat(runAt("2026-03-02T01:00:00Z")).hasSize(1);
    assertThat(slack.nextPost().form()).containsEntry("channel", "C0DAILY");
  }

  @Test
  void aChannelTheBotCannotPostToAnyMoreLosesItsSubscription() throws Exception {
    for (String error : List.of("channel_not_found", "not_in_channel", "account_inactive")) {
      Subscription s = subscribe("C0" + error.toUpperCase(java.util.Locale.ROOT).replace("_", ""));
      slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"" + error + "\"}");
      assertThat(runAt("2026-03-01T01:00:00Z")).as(error).isEmpty();
      assertThat(subscriptions.find(s.id()).orElseThrow().active()).as(error).isFalse();
      slack.nextPost();
    }
  }

  @Test
  void aRateLimitIsWaitedOutAndThePostGoesOnce() throws Exception {
    subscribe("C0LIMITED");
    slack.scriptPost(429, Map.of("Retry-After", "9"), "{\"ok\":false,\"error\":\"ratelimited\"}");
    Instant due = Instant.parse("2026-03-01T01:00:00Z");
    assertThat(runAt(due.toString())).hasSize(1);
    slack.nextPost();
    slack.nextPost();
    assertThat(clock.instant()).as("waited Retry-After").isAfterOrEqualTo(due.plusSeconds(9));
    assertThat(runAt("2026-03-01T03:00:00Z")).isEmpty();
    assertThat(slack.noMorePosts()).isTrue();
  }

  @Test
  void servingSlackPostsTodaysDueFactAtStartUp() throws Exception {
    SlackSocketModeTest.FakeSocket socket = new SlackSocketModeTest.FakeSocket();
    socket.start();
    assertThat(socket.started.await(20, TimeUnit.SECONDS)).isTrue();
    slack.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
    Wiring wiring = new Wiring(Map.of("SLACK_BOT_TOKEN", SlackHttpModeTest.BOT_TOKEN,
        "SLACK_APP_TOKEN", SlackSocketModeTest.APP_TOKEN, "SLACK_API_URL", slack.apiUrl(),
        Wiring.HOME, dir.resolve("home").toString()));
    // Midnight UTC has always passed today, so the first pass at start-up posts it.
    wiring.subscriptionStore().subscribe(
        new NewSubscription(SlackBot.PLATFORM, "C0SERVED", LocalTime.MIDNIGHT, ZoneOffset.UTC, "", Lang.ENGLISH));
    try (Server server = Server.start(wiring, core, wiring.configuredPlatforms())) {
      assertThat(server.description()).isEqualTo("Slack app (socket mode), daily posts to slack");
      assertThat(socket.connected.await(20, TimeUnit.SECONDS)).as("connected").isTrue();
      FakeSlackApi.Call post = slack.nextPost();
      assertThat(post.form()).containsEntry("channel", "C0SERVED");
      assertThat(post.form().get("blocks")).contains("*Fact of the day*");
    } finally {
      socket.stop(100);
      wiring.database().close();
    }
  }
}
