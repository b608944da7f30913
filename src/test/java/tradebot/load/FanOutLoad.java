package tradebot.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.subscribe.DeliveryPass;
import tradebot.subscribe.NewSubscription;
import tradebot.subscribe.PostChannel;
import tradebot.subscribe.SendResult;
import tradebot.subscribe.SubscriptionStore;
import tradebot.telegram.TelegramBot;
import tradebot.text.Lang;

/**
 * Daily posts to N Telegram subscriptions (default 10,000), each its own chat, through the
 * production wiring (SQLite, DeliveryPass, TelegramPostSender, both rate limiters, real time)
 * against {@link TelegramLimitsFake}. Passes run back to back until every post went out or the
 * time limit passed; prints the sustained rate and the lost and doubled posts.
 *
 * <p>With a third argument, chatter: that many questions a second (each from a new private chat)
 * reach the running bot through its webhook while the fan-out runs, and the replies' latency is
 * printed next to the posts' rate (replies and posts share the bot's 30/s; replies go first).
 *
 * <p>Arguments: [subscriptions] [time limit in seconds] [questions per second]. Do not run across
 * midnight UTC.
 */
public final class FanOutLoad {

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    long limitSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1_800;
    double chatterPerSecond = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    Path home = Files.createTempDirectory("tradebot-fanout");
    try (TelegramLimitsFake api = new TelegramLimitsFake()) {
      Map<String, String> env = new java.util.HashMap<>(Map.of(
          "TELEGRAM_BOT_TOKEN", TelegramLimitsFake.TOKEN, "TELEGRAM_API_URL", api.url(), Wiring.HOME, home.toString()));
      if (chatterPerSecond > 0) {
        env.putAll(Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram", "TELEGRAM_WEBHOOK_PORT", "0",
            "TELEGRAM_WEBHOOK_SECRET", Chatter.SECRET));
      }
      Wiring wiring = new Wiring(env);
      Core core = wiring.core();
      SubscriptionStore store = wiring.subscriptionStore();
      long t0 = System.nanoTime();
      for (int i = 0; i < n; i++) {
        store.subscribe(new NewSubscription(TelegramBot.PLATFORM, Long.toString(100_000 + i), LocalTime.MIDNIGHT,
            ZoneOffset.UTC, "", Lang.values()[i % 3]));
      }
      System.out.printf("fan-out: %,d subscriptions stored in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
      Map<String, PostChannel> channels;
      TelegramBot bot = null;
      Chatter chatter = null;
      if (chatterPerSecond > 0) {
        bot = wiring.telegramBot(wiring.telegramSettings().orElseThrow(), core);
        bot.start();
        channels = Map.of(TelegramBot.PLATFORM, wiring.telegramPostChannel(bot));
        chatter = Chatter.start(bot.webhookAddress().getPort(), chatterPerSecond);
      } else {
        channels = wiring.postChannels(core, post -> SendResult.sent());
      }
      DeliveryPass pass = wiring.deliveryPass(core, channels);
      long start = System.nanoTime();
      int passes = 0;
      int sent = 0;
      while (sent < n && System.nanoTime() - start < limitSeconds * 1_000_000_000L) {
        List<DeliveryPass.Delivered> done = pass.run(Instant.now());
        passes++;
        sent += done.size();
        System.out.printf("fan-out: pass %d sent %,d (total %,d) at %.0f s%n", passes, done.size(), sent,
            (System.nanoTime() - start) / 1e9);
        if (done.isEmpty()) {
          Thread.sleep(1_000);
        }
      }
      if (chatter != null) {
        chatter.stop();
        Thread.sleep(3_000); // the last replies
        chatter.report(api);
        bot.close();
      }
      report(n, api, sent, passes);
      wiring.database().close();
    }
    System.exit(0); // the Telegram client's threads would keep the JVM alive
  }

  private static void report(int n, TelegramLimitsFake api, int sentByPasses, int passes) {
    Map<String, Integer> perChat = api.acceptedPerChat();
    List<Long> at;
    long lost = 0;
    for (int i = 0; i < n; i++) {
      if (!perChat.containsKey(Long.toString(100_000 + i))) {
        lost++;
      }
    }
    // posts only (chatter replies go to other chats)
    List<Long> postTimes = new java.util.ArrayList<>();
    api.acceptedAtPerChat().forEach((chat, times) -> {
      long id = Long.parseLong(chat);
      if (id >= 100_000 && id < 100_000 + n) {
        postTimes.addAll(times);
      }
    });
    java.util.Collections.sort(postTimes);
    at = postTimes;
    long doubled = perChat.entrySet().stream().filter(e -> Long.parseLong(e.getKey()) >= 100_000
        && Long.parseLong(e.getKey()) < 100_000 + n).mapToLong(e -> Math.max(0, e.getValue() - 1)).sum();
    double span = at.size() < 2 ? 0 : (at.get(at.size() - 1) - at.get(0)) / 1e9;
    int peak = 0;
    for (int i = 0, j = 0; i < at.size(); i++) {
      while (at.get(i) - at.get(j) >= 1_000_000_000L) {
        j++;
      }
      peak = Math.max(peak, i - j + 1);
    }
    System.out.printf(
        "fan-out result: %,d subscriptions, %,d posts accepted by the fake in %.1f s = %.2f messages/s sustained;"
            + " busiest second %d; lost %d, doubled %d; 429s: %d over the overall limit, %d over the per-chat limit;"
            + " %d passes reported %,d sent%n",
        n, at.size(), span, span == 0 ? 0 : (at.size() - 1) / span, peak, lost, doubled,
        api.refusedOverall(), api.refusedPerChat(), passes, sentByPasses);
  }
}
