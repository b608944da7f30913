package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Bot API misbehaving, end to end against the loopback fake: dropped connections, a slow
 * answer, failing long polls, Telegram down at start-up. (429 and 5xx on sendMessage are in
 * {@link TelegramBotEndToEndTest}; the retry decisions one by one in {@link TelegramSenderTest}.)
 */
class TelegramFaultsTest {

  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void startFakeApi() throws Exception {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  private void start() {
    bot = TestBots.start(api, dir.resolve("offset"));
  }

  @Test
  void aConnectionDroppedBeforeTelegramHandledTheMessageIsRetriedAndTheAnswerArrivesOnce() {
    start();
    api.dropNext("sendmessage", 2);
    api.text(3001, "/help");
    api.text(3001, "/topics");
    List<FakeBotApi.Call> accepted = api.awaitAccepted(2);
    assertThat(api.calls("sendmessage")).hasSizeGreaterThanOrEqualTo(4); // two dropped, then both sent
    assertThat(accepted.get(0).text()).contains("/ask");
    assertThat(accepted.get(1).text()).isNotEqualTo(accepted.get(0).text());
  }

  @Test
  void aConnectionDroppedAfterTelegramSentTheMessageSendsItTwice() {
    // Telegram's sendMessage takes no idempotency key: when the answer is lost, the bot cannot
    // know the message went out and retries. At least once, never lost; see docs/reliability.md.
    start();
    api.dropAfterHandlingNext("sendmessage", 1);
    api.text(3002, "/help");
    api.text(3002, "/topics");
    List<FakeBotApi.Call> accepted = api.awaitAccepted(3);
    assertThat(accepted.get(0).text()).isEqualTo(accepted.get(1).text()).contains("/ask");
    assertThat(accepted.get(2).text()).isNotEqualTo(accepted.get(0).text());
  }

  @Test
  void aSlowAnswerToOneChatDoesNotHoldTheOtherChatsOfItsBatch() throws Exception {
    CountDownLatch slow = api.holdMessagesTo("3003");
    api.text(3003, "/help");
    api.text(3004, "What was Hunan's total foreign trade in 2025?");
    start(); // both updates arrive in the first getUpdates
    List<FakeBotApi.Call> first = api.awaitAccepted(1);
    assertThat(first.get(0).body().path("chat_id").asText()).isEqualTo("3004");
    // the held send to 3003 was already under way (it runs in parallel, so wait for it to show)
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (api.calls("sendmessage").stream().noneMatch(c -> c.body().path("chat_id").asText().equals("3003"))
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(api.calls("sendmessage")).extracting(c -> c.body().path("chat_id").asText()).contains("3003");
    slow.countDown();
    assertThat(api.awaitAccepted(2).get(1).body().path("chat_id").asText()).isEqualTo("3003");
  }

  @Test
  void failingAndDroppedLongPollsAreRetriedAndNoUpdateIsLost() {
    api.failNext("getupdates", 2, 502, FakeBotApi.error(502, "Bad Gateway"));
    api.dropNext("getupdates", 1);
    api.text(3005, "/help");
    start();
    assertThat(api.awaitAccepted(1).get(0).text()).contains("/ask");
    assertThat(api.calls("getupdates")).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void telegramDownAtStartUpIsWaitedOutAndTheBotThenAnswers() {
    api.failNext("getme", 10, 502, FakeBotApi.error(502, "Bad Gateway"));
    start();
    assertThat(api.calls("getme")).hasSize(11);
    assertThat(bot.ready()).isTrue();
    api.text(3006, "/help");
    assertThat(api.awaitAccepted(1).get(0).text()).contains("/ask");
  }

  @Test
  void aTokenTelegramRefusesIsAClearErrorAtOnceNotAHang() {
    api.failNext("getme", 1, 401, FakeBotApi.error(401, "Unauthorized"));
    assertThatThrownBy(this::start)
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("getme")
        .hasMessageContaining("Unauthorized")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FakeBotApi.TOKEN));
    assertThat(api.calls("getme")).hasSize(1);
  }
}
