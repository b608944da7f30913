package tradebot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tradebot.Core;
import tradebot.Wiring;

/**
 * Load harness (a main, not a test): signed {@code /trade} slash commands to the Slack app in HTTP
 * mode over loopback, timing each acknowledgement (request sent to HTTP 200 back) while the
 * answers go to a loopback response_url. Prints latency percentiles, one client and then several
 * at once. Arguments: [commands per phase, default 5,000] [concurrent clients, default 4] [commands
 * per second, default 0 = as fast as the clients go].
 * Command in docs/benchmarks.md.
 */
public final class SlashCommandAckLoad {

  private static final String[] QUESTIONS = {
    "Hunan EV exports", "湖南进出口总值", "長沙對非洲進出口增長多少？", "topics", "外贸多少？", "上海外贸多少？",
    "How much were Hunan's lithium battery exports?", "长沙2025年进出口规模及增速",
  };

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0;
    Core core = new Wiring(Map.of()).core((message, command, arguments, lang) ->
        tradebot.reply.Reply.message(tradebot.reply.Reply.Kind.HELP, lang, "subscriptions are not part of this run"));
    try (FakeSlackApi slack = new FakeSlackApi()) {
      SlackSettings settings = new SlackSettings("xoxb-load-000000000000-fake-bot-token", null,
          "load-signing-secret-0123456789abcdef", new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slack.apiUrl());
      SlackBot bot = SlackBot.build(settings, core, Sleeper.real(), Ticker.systemTicker());
      bot.start();
      try {
        SignedRequests requests = new SignedRequests(
            URI.create("http://127.0.0.1:" + bot.httpAddress().getPort() + SlackSettings.EVENTS_PATH),
            "load-signing-secret-0123456789abcdef");
        phase("warm-up", requests, slack, 500, 1, 0, false);
        phase("1 client", requests, slack, n, 1, rate, true);
        phase(clients + " clients", requests, slack, n, clients, rate, true);
      } finally {
        bot.close();
      }
    }
  }

  private static void phase(
      String name, SignedRequests requests, FakeSlackApi slack, int n, int clients, double rate, boolean print)
      throws Exception {
    long[] ack = new long[n];
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      running.add(pool.submit(() -> {
        for (int i = client; i < n; i += clients) {
          if (rate > 0) {
            long due = started + (long) (i * 1e9 / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
              Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
          }
          String body = SignedRequests.slashCommand(QUESTIONS[i % QUESTIONS.length], "C0LOAD", slack.responseUrl(name + i));
          long t = System.nanoTime();
          int status = requests.post(body, "application/x-www-form-urlencoded").statusCode();
          ack[i] = System.nanoTime() - t;
          if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    pool.shutdown();
    int answered = 0;
    while (answered < n && slack.pollResponse(5_000) != null) {
      answered++; // answers arrive at the response_url after the acknowledgements
    }
    double answeredBy = (System.nanoTime() - started) / 1e9;
    if (print) {
      Arrays.sort(ack);
      System.out.printf(
          "slash ack, %s%s: %,d commands in %.1f s (%.0f/s), %,d answered by %.1f s; ack latency p50 %.2f ms,"
              + " p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
          name, rate > 0 ? String.format(" at %.0f/s", rate) : "", n, seconds, n / seconds, answered, answeredBy, ms(ack, 0.50), ms(ack, 0.90), ms(ack, 0.99), ms(ack, 0.999),
          ack[n - 1] / 1e6);
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }
}
