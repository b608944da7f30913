package tradebot.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tradebot.Core;
import tradebot.Wiring;

/**
 * Load run of webhook mode (not part of {@code mvn verify}; docs/benchmarks.md): two instances on
 * one PostgreSQL (embedded), wired as production (claims, per-chat queues, Telegram's rate limits),
 * the loopback Bot API taking the answers. U updates (default 2,000) from C group chats (default
 * 500), each an {@code /ask} so every answer quotes the message it answers; each chat's updates go
 * to "its" instance in order (as a proxy hashing on the chat would), and every tenth update is
 * delivered a second time to the other instance. Checks that every update is answered exactly once
 * and each chat's answers come in order; prints the webhook response time percentiles.
 *
 * <p>Arguments: [updates] [chats] [client threads].
 */
public final class WebhookLoad {

  private static final String SECRET = "load_secret";
  private static final String[] QUESTIONS = {
    "/ask What was Hunan's total foreign trade in 2025?", "/ask 湖南去年农业机械出口多少？",
    "/ask 長沙對非洲進出口增長多少？", "/ask How much were Hunan's EV exports in 2025?"
  };

  public static void main(String[] args) throws Exception {
    int updates = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
    int chats = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start(); FakeBotApi api = new FakeBotApi()) {
      List<TelegramBot> bots = new ArrayList<>();
      List<Wiring> wirings = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        Wiring wiring = new Wiring(Map.of(
            "TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(),
            "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram", "TELEGRAM_WEBHOOK_PORT", "0",
            "TELEGRAM_WEBHOOK_SECRET", SECRET,
            Wiring.DB_URL, pg.getJdbcUrl("postgres", "postgres"), Wiring.DB_USER, "postgres",
            Wiring.DB_PASSWORD, "postgres"));
        Core core = wiring.serverCore().core();
        TelegramBot bot = wiring.telegramBot(wiring.telegramSettings().orElseThrow(), core);
        bot.start();
        bots.add(bot);
        wirings.add(wiring);
      }
      // update_id order: round by round over the chats, so each chat's updates are spread out
      List<ObjectNode> all = new ArrayList<>();
      Map<Long, List<Integer>> messagesOfChat = new HashMap<>();
      for (int i = 0; i < updates; i++) {
        long chat = -(1_000_000L + i % chats);
        ObjectNode message = api.message(chat, 10_000 + i % chats, "en", QUESTIONS[(i / chats) % QUESTIONS.length]);
        ObjectNode update = api.json().createObjectNode();
        update.put("update_id", 500_000 + i);
        update.set("message", message);
        all.add(update);
        messagesOfChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(message.get("message_id").asInt());
      }
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int me = client;
        done.add(pool.submit(() -> {
          for (int i = 0; i < all.size(); i++) {
            int chatIndex = i % chats;
            if (chatIndex % clients != me) {
              continue;
            }
            int home = chatIndex % 2;
            post(http, bots.get(home), all.get(i), latencies);
            if (i % 10 == 9) {
              post(http, bots.get(1 - home), all.get(i), latencies); // delivered again, to the other instance
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double sendSeconds = (System.nanoTime() - start) / 1e9;
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      while (answered(api).size() < updates && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      double answerSeconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(3_000); // anything doubled would show by now
      Map<Integer, Integer> answers = answered(api);
      long doubled = answers.values().stream().filter(n -> n > 1).count();
      long missing = messagesOfChat.values().stream().flatMap(List::stream).filter(m -> !answers.containsKey(m)).count();
      int outOfOrder = outOfOrder(api, messagesOfChat);
      double duplicates = 0;
      for (Wiring w : wirings) {
        duplicates += w.metrics().registry().counter("tradebot.duplicates", "platform", "telegram").count();
      }
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(
          "webhook load: %d updates (%d chats, %d delivered twice) to 2 instances on PostgreSQL, %d client threads%n"
              + "  requests: %d in %.1f s; response p50 %.1f ms, p99 %.1f ms, max %.1f ms%n"
              + "  answered: %d of %d in %.1f s (%.1f answers/s); missing %d, doubled %d, chats out of order %d;"
              + " duplicates refused %.0f%n",
          updates, chats, updates / 10, clients, sorted.size(), sendSeconds, pct(sorted, 50), pct(sorted, 99),
          sorted.get(sorted.size() - 1) / 1e6, answers.size(), updates, answerSeconds, answers.size() / answerSeconds,
          missing, doubled, outOfOrder, duplicates);
      pool.shutdown();
      bots.forEach(TelegramBot::close);
      wirings.forEach(w -> w.database().close());
    }
    System.exit(0); // HTTP clients' and reloading threads would keep the JVM alive
  }

  private static void post(HttpClient http, TelegramBot bot, ObjectNode update, List<Long> latencies) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.webhookAddress().getPort() + "/telegram"))
            .header("Content-Type", "application/json")
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .POST(HttpRequest.BodyPublishers.ofString(update.toString()))
            .build();
    long t = System.nanoTime();
    int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    latencies.add(System.nanoTime() - t);
    if (status != 200) {
      throw new IllegalStateException("webhook answered " + status);
    }
  }

  /** Answers (first parts, which quote the message) per message id. */
  private static Map<Integer, Integer> answered(FakeBotApi api) {
    Map<Integer, Integer> n = new HashMap<>();
    for (FakeBotApi.Call c : api.accepted()) {
      int replyTo = c.body().path("reply_parameters").path("message_id").asInt(-1);
      if (replyTo >= 0) {
        n.merge(replyTo, 1, Integer::sum);
      }
    }
    return n;
  }

  private static int outOfOrder(FakeBotApi api, Map<Long, List<Integer>> messagesOfChat) {
    Map<Long, List<Integer>> seen = new HashMap<>();
    for (FakeBotApi.Call c : api.accepted()) {
      int replyTo = c.body().path("reply_parameters").path("message_id").asInt(-1);
      if (replyTo >= 0) {
        seen.computeIfAbsent(c.body().path("chat_id").asLong(), k -> new ArrayList<>()).add(replyTo);
      }
    }
    int bad = 0;
    for (Map.Entry<Long, List<Integer>> e : seen.entrySet()) {
      List<Integer> order = e.getValue();
      if (!order.equals(order.stream().sorted().toList())) {
        bad++;
      }
    }
    return bad;
  }

  private static double pct(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
