package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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

/** A group upgraded to a supergroup gets a new chat id; its daily posts follow it there. */
class ChatMigrationTest {

  private static final String GROUP = "-4001";
  private static final String SUPERGROUP = "-1004001";

  private final Core core = TestCores.core();
  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;
  private Database db;
  private final MutableClock clock = new MutableClock();
  private SubscriptionStore subscriptions;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    db = Database.sqlite(dir);
    subscriptions = new SubscriptionStore(db, clock);
    bot = TestBots.start(api, dir.resolve("offset"), TestBots.coreReplies(), TestBots.LOOSE,
        (from, to) -> subscriptions.moveChat(TelegramBot.PLATFORM, from, to));
    subscriptions.subscribe(
        new NewSubscription(TelegramBot.PLATFORM, GROUP, LocalTime.of(9, 0), ZoneId.of("Asia/Shanghai"), "", Lang.ENGLISH));
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
    db.close();
  }

  private List<String> subscribedChats() {
    return subscriptions.active().stream().map(Subscription::chatId).toList();
  }

  @Test
  void theUpgradeMessageMovesTheSubscriptionToTheSupergroup() throws Exception {
    ObjectNode service = api.message(Long.parseLong(GROUP), 7, "en", null);
    ((ObjectNode) service.path("chat")).put("type", "group");
    service.put("migrate_to_chat_id", Long.parseLong(SUPERGROUP));
    api.push("message", service);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!subscribedChats().contains(SUPERGROUP) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(subscribedChats()).containsExactly(SUPERGROUP);
    assertThat(api.calls("sendmessage")).as("a service message gets no answer").isEmpty();
  }

  @Test
  void aPostRefusedBecauseTheGroupMovedGoesToTheSupergroupOnTheNextPass() throws Exception {
    api.failNext("sendmessage", 1, 400,
        "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\","
            + "\"parameters\":{\"migrate_to_chat_id\":" + SUPERGROUP + "}}");
    DeliveryPass pass =
        new DeliveryPass(
            db, subscriptions, new TopicFilter(core.store(), new Normalizer(new ChineseConverter())),
            core.answerer(), new SubscribeMessages(), new PostText(core.plainText()),
            Map.of(TelegramBot.PLATFORM, new PostChannel(bot.postSender(), new RateLimiter(SendLimits.TELEGRAM, clock))),
            clock::advance, "test", Duration.ofMinutes(5));
    clock.set(Instant.parse("2026-03-01T01:00:00Z"));
    assertThat(pass.run(clock.instant())).isEmpty();
    assertThat(subscribedChats()).containsExactly(SUPERGROUP);
    clock.set(Instant.parse("2026-03-01T01:05:00Z"));
    assertThat(pass.run(clock.instant())).singleElement()
        .satisfies(d -> assertThat(d.chat()).isEqualTo("telegram:" + SUPERGROUP));
    assertThat(api.calls("sendmessage")).extracting(c -> c.body().path("chat_id").asText())
        .containsExactly(GROUP, SUPERGROUP);
  }
}
