package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One chat pastes 200 questions at once while another asks one, against the loopback Bot API with
 * Telegram's real limits (1 message/s per chat): the flooding chat gets its first five answered
 * and one "slow down" note, and the other chat's answer does not wait behind that backlog.
 */
class TelegramFloodTest {

  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  @Test
  void aChatFloodingTheBotGetsAFewAnswersAndOneNoteAndDoesNotHoldUpAnotherChat() throws Exception {
    api = new FakeBotApi();
    long flooder = 7001;
    long other = 7002;
    String[] questions = {
      "How much were Hunan's EV exports in 2025?", "湖南去年农业机械出口多少？", "長沙對非洲進出口增長多少？",
      "What was Hunan's total foreign trade in 2025?", "湖南对非贸易多少？"
    };
    for (int i = 0; i < 200; i++) {
      api.text(flooder, questions[i % questions.length] + " (" + i + ")");
    }
    api.text(other, "What was Hunan's total foreign trade in 2025?");
    long start = System.nanoTime();
    bot = TestBots.start(api, dir.resolve("offset"), TestBots.coreReplies(), RateLimits.TELEGRAM);

    List<FakeBotApi.Call> sent = api.awaitAccepted(7);
    long otherAnswered = sent.stream()
        .filter(c -> c.body().path("chat_id").asLong() == other)
        .map(c -> Duration.between(sent.get(0).at(), c.at()))
        .findFirst().orElseThrow().toMillis();
    List<FakeBotApi.Call> toFlooder = sent.stream().filter(c -> c.body().path("chat_id").asLong() == flooder).toList();
    assertThat(toFlooder).hasSize(6);
    assertThat(toFlooder).filteredOn(c -> c.text().contains("faster than I can answer")).hasSize(1);
    // the other chat's answer is not behind the flooder's five (sent 1 s apart)
    int otherAt = sent.indexOf(sent.stream().filter(c -> c.body().path("chat_id").asLong() == other).findFirst().get());
    assertThat(otherAt).isLessThan(sent.size() - 1);
    System.out.printf("flood: 200 messages from one chat + 1 from another; the other chat answered %d ms after the"
        + " first reply (%d ms after start); flooder: 5 answers + 1 note%n",
        otherAnswered, Duration.ofNanos(System.nanoTime() - start).toMillis());
    Thread.sleep(1_500); // nothing more trickles out of the flood
    assertThat(api.calls("sendmessage")).hasSize(7);
  }
}
