package tradebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;

/**
 * A running chat answers from an article ingested (or removed) while it runs, within the poll
 * interval, without a restart; a failed ingest or a failed rebuild leaves it answering as before.
 */
class HotReloadTest {

  private static final String QUESTION = "湖南小龙虾出口多少？";

  @TempDir Path home;
  private Wiring wiring;

  @AfterEach
  void close() {
    if (wiring != null) {
      wiring.database().close();
    }
  }

  private Wiring wire() {
    wiring = new Wiring(Map.of(Wiring.HOME, home.toString(), Wiring.RELOAD_SECONDS, "0.05"));
    return wiring;
  }

  /** Another process's ingest: its own connection to the same database, the stand-in extractor. */
  private Ingester otherProcess() {
    return new Ingester(wiring.articleStore(), TestArticles.BY_YUAN, wiring::extractorVersion, Clock.systemUTC());
  }

  /** The reply as the terminal shows it. */
  private static String ask(Core core) {
    return core.plainText().render(core.chat().handle(new Incoming("console", "local", QUESTION, "zh-CN")));
  }

  /** Waits (up to 10 s, the promise to users) for the chat's reply to satisfy {@code wanted}. */
  private static String awaitReply(Core core, Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    String reply = ask(core);
    while (!wanted.test(reply) && System.nanoTime() < deadline) {
      Thread.sleep(20);
      reply = ask(core);
    }
    return reply;
  }

  @Test
  void aRunningChatAnswersFromAnArticleIngestedWhileItRunsAndStopsWhenItIsRemoved() throws Exception {
    try (Wiring.RunningCore live = wire().runningCore()) {
      Core core = live.core();
      assertThat(ask(core)).as("before: the seed data knows no crayfish").doesNotContain("8.8亿元");

      Ingester.Ingested done = otherProcess().ingest(TestArticles.crayfish("https://example.org/crayfish"), List.of());

      String after = awaitReply(core, r -> r.contains("8.8亿元"));
      assertThat(after).contains(TestArticles.CRAYFISH_SENTENCE).contains("湖南小龙虾出口创新高");

      wiring.articleStore().remove(done.id());
      assertThat(awaitReply(core, r -> !r.contains("8.8亿元"))).doesNotContain("8.8亿元");
    }
  }

  @Test
  void dailyPostsOfARunningBotCoverAnArticleIngestedWhileItRuns() throws Exception {
    try (Wiring.RunningCore live = wire().runningCore()) {
      var topics = wiring.topicFilter(live.core());
      assertThat(topics.factIds("小龙虾")).isEmpty();

      otherProcess().ingest(TestArticles.crayfish(""), List.of());

      awaitReply(live.core(), r -> r.contains("8.8亿元"));
      assertThat(topics.factIds("小龙虾")).hasSize(1);
      assertThat(live.core().answerer().fact(topics.factIds("小龙虾").get(0), tradebot.text.Lang.SIMPLIFIED))
          .hasValueSatisfying(reply -> assertThat(live.core().plainText().render(reply)).contains("8.8亿元"));
    }
  }

  @Test
  void aFailedIngestLeavesTheRunningChatAnsweringAsBefore() throws Exception {
    try (Wiring.RunningCore live = wire().runningCore()) {
      Core core = live.core();
      otherProcess().ingest(TestArticles.crayfish(""), List.of());
      assertThat(awaitReply(core, r -> r.contains("8.8亿元"))).contains("8.8亿元");

      Ingester broken = new Ingester(wiring.articleStore(), (id, a) -> {
        throw new IllegalStateException("extractor crashed");
      }, wiring::extractorVersion, Clock.systemUTC());
      long counter = wiring.articleStore().changeCounter();
      assertThatThrownBy(() -> broken.ingest(TestArticles.crayfish("https://example.org/v2"), List.of()))
          .isInstanceOf(IngestException.class);

      assertThat(wiring.articleStore().changeCounter()).isEqualTo(counter);
      assertThat(ask(core)).contains("8.8亿元");
    }
  }

  @Test
  void aRebuildThatFailsKeepsTheValueBeforeAndTheNextChangeIsPickedUp() {
    AtomicLong version = new AtomicLong(1);
    String[] data = {"old"};
    try (Reloader<String> reloader =
        new Reloader<>(version::get, () -> {
          if (data[0].equals("broken")) {
            throw new IllegalStateException("bad article");
          }
          return data[0];
        }, "old", 1, Duration.ofHours(1))) {
      data[0] = "broken";
      version.set(2);
      assertThat(reloader.reloadIfChanged()).isFalse();
      assertThat(reloader.current()).isEqualTo("old");

      data[0] = "new";
      version.set(3);
      assertThat(reloader.reloadIfChanged()).isTrue();
      assertThat(reloader.current()).isEqualTo("new");
      assertThat(reloader.reloadIfChanged()).as("nothing moved").isFalse();
    }
  }

  @Test
  void aDatabaseThatCannotBeReadKeepsTheValueBefore() {
    try (Reloader<String> reloader =
        new Reloader<>(() -> {
          throw new IllegalStateException("database down");
        }, () -> "new", "old", 1, Duration.ofHours(1))) {
      assertThat(reloader.reloadIfChanged()).isFalse();
      assertThat(reloader.current()).isEqualTo("old");
    }
  }
}
