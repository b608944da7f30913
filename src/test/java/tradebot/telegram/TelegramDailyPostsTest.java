package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
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

/**
 * Daily posts through the running bot (its renderer, sender and rate limiter) to the loopback Bot
 * API, driven by the real delivery pass and a clock the test moves.
 */
class TelegramDailyPostsTest {

  private final Core core = TestCores.core();
  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;
  private Database db;
  private final MutableClock clock = new MutableClock();
  private SubscriptionStore subscriptions;
  private DeliveryPass pass;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = TestBots.start(api, dir.resolve("offset"));
    db = Database.sqlite(dir);
    subscriptions = new SubscriptionStore(db, clock);
    pass =
        new DeliveryPass(
            db, subscriptions, new TopicFilter(core.store(), new Normalizer(new ChineseConverter())),
            core.answerer(), new SubscribeMessages(), new PostText(core.plainText()),
            Map.of(TelegramBot.PLATFORM,
                new PostChannel(bot.postSender(), new RateLimiter(SendLimits.TELEGRAM, clock))),
            clock::advance, "test", Duration.ofMinutes(5));
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
    db.close();
  }

  private Subscription subscribe(String chatId) {
    return subscriptions.subscribe(
        new NewSubscription(TelegramBot.PLATFORM, chatId, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"), "", Lang.ENGLISH));
  }

  private List<DeliveryPass.Delivered> runAt(String instant) throws InterruptedException {
    clock.set(Instant.parse(instant));
    return pass.run(clock.instant());
  }

  private List<FakeBotApi.Call> sentTo(String chatId) {
    return api.calls("sendmessage").stream().filter(c -> c.body().path("chat_id").asText().equals(chatId)).toList();
  }

  @Test
  void aSubscribedChatGetsExactlyOnePostPerLocalDay() throws Exception {
    subscribe("3001");
    assertThat(runAt("2026-03-01T00:59:00Z")).as("08:59 in Shanghai").isEmpty();
    List<DeliveryPass.Delivered> first = runAt("2026-03-01T01:00:00Z");
    assertThat(first).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.parse("2026-03-01")));
    assertThat(runAt("2026-03-01T01:00:30Z")).isEmpty();
    assertThat(runAt("2026-03-01T15:59:00Z")).as("23:59 in Shanghai").isEmpty();
    assertThat(runAt("2026-03-02T01:00:00Z")).hasSize(1);
    assertThat(runAt("2026-03-02T09:00:00Z")).isEmpty();

    List<FakeBotApi.Call> sent = sentTo("3001");
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).text()).isNotEqualTo(sent.get(1).text()); // the facts rotate
  }

  @Test
  void thePostIsTelegramHtmlWithTheFactItsSourceAndAButtonToAskMore() throws Exception {
    subscribe("3002");
    String fact = runAt("2026-03-01T01:00:00Z").get(0).fact();

    FakeBotApi.Call call = sentTo("3002").get(0);
    assertThat(call.body().path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(FakeBotApi.htmlProblem(call.text())).isNull();
    String sentence = core.store().indicator(fact).orElseThrow().sentence();
    assertThat(call.text()).startsWith("<b>Fact of the day</b>\n\n").contains("<blockquote>" + Html.escape(sentence) + "</blockquote>");
    JsonNode firstButton = call.body().path("reply_markup").path("inline_keyboard").path(0).path(0);
    assertThat(firstButton.path("text").asText()).isEqualTo("Ask more about it:");
    assertThat(firstButton.path("url").asText()).isEqualTo("https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=f_" + fact);
  }

  @Test
  void aChatThatBlockedTheBotLosesItsSubscription() throws Exception {
    Subscription s = subscribe("3003");
    api.failNext("sendmessage", 1, 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));
    assertThat(runAt("2026-03-01T01:00:00Z")).isEmpty();
    assertThat(subscriptions.find(s.id()).orElseThrow().active()).isFalse();
    assertThat(bot.blockedChats()).contains("3003");

    assertThat(runAt("2026-03-02T01:00:00Z")).isEmpty();
    assertThat(sentTo("3003")).as("tried once, never again").hasSize(1);
  }

  @Test
  void aChatThatIsGoneLosesItsSubscription() throws Exception {
    Subscription gone = subscribe("-1003004");
    Subscription kept = subscribe("3005");
    api.failNext("sendmessage", 1, 400, FakeBotApi.error(400, "Bad Request: chat not found"));
    assertThat(runAt("2026-03-01T01:00:00Z")).extracting(DeliveryPass.Delivered::chat).containsExactly("telegram:3005");
    assertThat(subscriptions.find(gone.id()).orElseThrow().active()).isFalse();
    assertThat(subscriptions.find(kept.id()).orElseThrow().active()).isTrue();
  }

  @Test
  void aTooManyRequestsAnswerIsWaitedOutAndThePostGoesOnce() throws Exception {
    subscribe("3006");
    api.failNext("sendmessage", 1, 429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");
    Instant due = Instant.parse("2026-03-01T01:00:00Z");
    assertThat(runAt(due.toString())).hasSize(1);
    assertThat(sentTo("3006")).hasSize(2);
    assertThat(clock.instant()).as("waited retry_after before trying again").isAfterOrEqualTo(due.plusSeconds(7));
    assertThat(runAt("2026-03-01T02:00:00Z")).isEmpty();
    assertThat(sentTo("3006")).hasSize(2);
  }

  @Test
  void aServerErrorIsRetriedInALaterPass() throws Exception {
    Subscription s = subscribe("3007");
    api.failNext("sendmessage", 1, 502, FakeBotApi.error(502, "Bad Gateway"));
    assertThat(runAt("2026-03-01T01:00:00Z")).isEmpty();
    assertThat(subscriptions.find(s.id()).orElseThrow().active()).isTrue();
    assertThat(runAt("2026-03-01T01:01:30Z")).hasSize(1);
    assertThat(sentTo("3007")).hasSize(2);
  }

  @Test
  void aChannelAdminSubscribesTheChannelWithAChannelPost() throws Exception {
    bot.close();
    Wiring wiring = new Wiring(Map.of(Wiring.HOME, dir.resolve("home").toString()));
    Core withSubscriptions = wiring.core();
    bot = TestBots.start(api, dir.resolve("offset2"), Replies.of(withSubscriptions.chat(), withSubscriptions.answerer()));

    api.push("channel_post", channelPost(-1003008, "today's news, not for the bot"));
    api.push("channel_post", channelPost(-1003008, "/subscribe@SomeOtherBot 08:00"));
    api.push("channel_post", channelPost(-1003008, "/subscribe@" + FakeBotApi.BOT_USERNAME + " 08:30 Europe/Berlin"));
    List<FakeBotApi.Call> sent = api.await("sendmessage", 1);

    assertThat(sent).singleElement().satisfies(c -> {
      assertThat(c.body().path("chat_id").asText()).isEqualTo("-1003008");
      assertThat(c.text()).contains("08:30").contains("Europe/Berlin");
    });
    assertThat(wiring.subscriptionStore().active())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.chat()).isEqualTo("telegram:-1003008");
          assertThat(s.time()).isEqualTo(LocalTime.of(8, 30));
        });
    wiring.database().close();
  }

  private ObjectNode channelPost(long chatId, String text) {
    ObjectNode post = api.message(chatId, 1, null, text);
    post.remove("from");
    ((ObjectNode) post.get("chat")).put("type", "channel");
    return post;
  }
}
