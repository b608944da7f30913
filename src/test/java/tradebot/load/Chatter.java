package tradebot.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Questions from new private chats, POSTed to the bot's webhook at a steady rate, for {@link FanOutLoad}. */
final class Chatter {

  static final String SECRET = "load_secret";
  static final long FIRST_CHAT = 900_000_000L;

  private final Map<String, Long> askedAt = new ConcurrentHashMap<>();
  private final Thread thread;
  private volatile boolean stopping;

  private Chatter(int port, double perSecond) {
    HttpClient http = HttpClient.newHttpClient();
    long interval = (long) (1_000_000_000L / perSecond);
    thread = new Thread(() -> {
      long next = System.nanoTime();
      for (long i = 0; !stopping; i++) {
        long chat = FIRST_CHAT + i;
        String body = "{\"update_id\":" + (700_000 + i) + ",\"message\":{\"message_id\":" + (i + 1)
            + ",\"date\":" + System.currentTimeMillis() / 1000 + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},"
            + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"U\",\"language_code\":\"en\"},"
            + "\"text\":\"What was Hunan's total foreign trade in 2025?\"}}";
        askedAt.put(Long.toString(chat), System.nanoTime());
        try {
          http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                  .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                  .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        next += interval;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
          } catch (InterruptedException e) {
            return;
          }
        }
      }
    }, "chatter");
    thread.setDaemon(true);
  }

  static Chatter start(int port, double perSecond) {
    Chatter c = new Chatter(port, perSecond);
    c.thread.start();
    return c;
  }

  void stop() throws InterruptedException {
    stopping = true;
    thread.join();
  }

  void report(TelegramLimitsFake api) {
    Map<String, List<Long>> accepted = api.acceptedAtPerChat();
    List<Long> latencies = new ArrayList<>();
    int unanswered = 0;
    for (Map.Entry<String, Long> e : askedAt.entrySet()) {
      List<Long> times = accepted.get(e.getKey());
      if (times == null) {
        unanswered++;
      } else {
        latencies.add(times.get(0) - e.getValue());
      }
    }
    Collections.sort(latencies);
    System.out.printf("chatter: %d questions, %d unanswered; reply latency p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
        askedAt.size(), unanswered, pct(latencies, 50), pct(latencies, 99),
        latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1) / 1e6);
  }

  private static double pct(List<Long> sorted, int p) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
