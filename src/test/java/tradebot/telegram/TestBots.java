package tradebot.telegram;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import tradebot.Core;
import tradebot.TestCores;

/** Bots wired to a {@link FakeBotApi}, with limits loose enough that tests do not wait on them. */
final class TestBots {

  static final RateLimits LOOSE =
      new RateLimits(Duration.ofMillis(1), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
  static final RetryPolicy QUICK =
      new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(5));

  private TestBots() {}

  static Replies coreReplies() {
    Core core = TestCores.core();
    return Replies.of(core.chat(), core.answerer());
  }

  static TelegramBot start(FakeBotApi api, Path offsetFile) {
    return start(api, offsetFile, coreReplies());
  }

  static TelegramBot start(FakeBotApi api, Path offsetFile, Replies replies) {
    return start(api, offsetFile, replies, LOOSE);
  }

  static TelegramBot start(FakeBotApi api, Path offsetFile, Replies replies, RateLimits limits) {
    return start(api, offsetFile, replies, limits, ChatMigrations.NONE);
  }

  static TelegramBot start(
      FakeBotApi api, Path offsetFile, Replies replies, RateLimits limits, ChatMigrations migrations) {
    TelegramBot bot =
        new TelegramBot(
            TelegramSettings.of(FakeBotApi.TOKEN, api.url()),
            replies,
            TestCores.core().messages(),
            new FileUpdateOffsetStore(offsetFile),
            limits,
            QUICK,
            Sleeper.real(),
            Clock.systemUTC(),
            TelegramRenderer.MESSAGE_LIMIT,
            tradebot.ops.Metrics.create(),
            TelegramIntake.polling(),
            migrations);
    bot.start();
    return bot;
  }
}
