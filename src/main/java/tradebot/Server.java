package tradebot;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.ops.HealthServer;
import tradebot.ops.Readiness;
import tradebot.slack.SlackBot;
import tradebot.slack.SlackPostSender;
import tradebot.slack.SlackSettings;
import tradebot.subscribe.DailyPoster;
import tradebot.subscribe.PostChannel;
import tradebot.telegram.TelegramBot;
import tradebot.telegram.TelegramSettings;

/**
 * One long-running process: starts the chat platforms asked for, then one daily poster for their
 * subscriptions, and on {@link #close()} stops them in reverse order (posts first, so no post is
 * left half-way through a platform that is already shutting down).
 */
public final class Server implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Server.class);

  /** The platforms a server can run. */
  public enum Platform {
    TELEGRAM("Telegram"),
    SLACK("Slack");

    private final String label;

    Platform(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A platform that did not start; its message is safe to show (secrets masked). */
  public static final class StartFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StartFailure(Platform platform, Throwable cause) {
      super(platform.label() + ": " + cause.getMessage(), cause);
    }
  }

  private final Deque<AutoCloseable> running = new ArrayDeque<>();
  private final List<String> description = new ArrayList<>();

  private Server() {}

  /**
   * Starts {@code platforms} and the daily poster for them. If one fails to start, what was
   * started is stopped again and the failure thrown.
   */
  public static Server start(Wiring wiring, Core core, Set<Platform> platforms) throws StartFailure {
    return start(wiring, core, platforms, new Readiness());
  }

  /** As above, adding to {@code readiness} a check per platform and one for the database. */
  public static Server start(Wiring wiring, Core core, Set<Platform> platforms, Readiness readiness)
      throws StartFailure {
    Server server = new Server();
    try {
      readiness.add("database", () -> wiring.database().answers());
      wiring.metrics().gauge("tradebot.store.indicators", "Indicators the bot can answer about", "all",
          () -> core.store().indicators().size());
      Map<String, PostChannel> channels = new LinkedHashMap<>();
      if (platforms.contains(Platform.TELEGRAM)) {
        TelegramSettings settings =
            wiring.telegramSettings().orElseThrow(() -> new IllegalStateException("set TELEGRAM_BOT_TOKEN"));
        TelegramBot bot = server.startTelegram(wiring, core, settings, readiness);
        channels.put(TelegramBot.PLATFORM, wiring.telegramPostChannel(bot));
      }
      if (platforms.contains(Platform.SLACK)) {
        SlackSettings settings = wiring.slackSettings();
        server.startSlack(wiring, core, settings);
        readiness.add("slack", () -> true); // start() returned: connected or listening
        SlackPostSender posts = server.keep(wiring.slackPostSender(settings, core));
        channels.put(SlackBot.PLATFORM, wiring.slackPostChannel(posts));
      }
      server.keep(wiring.claimCleanUp());
      server.keep(wiring.dailyPoster(core, channels)).start();
      server.description.add("daily posts to " + String.join(" and ", channels.keySet()));
      return server;
    } catch (StartFailure | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  private TelegramBot startTelegram(Wiring wiring, Core core, TelegramSettings settings, Readiness readiness)
      throws StartFailure {
    TelegramBot bot = keep(wiring.telegramBot(settings, core));
    readiness.add("telegram", bot::ready);
    try {
      bot.start();
    } catch (RuntimeException e) {
      throw new StartFailure(Platform.TELEGRAM, e);
    }
    description.add("Telegram bot @" + bot.username());
    return bot;
  }

  private void startSlack(Wiring wiring, Core core, SlackSettings settings) throws StartFailure {
    SlackBot bot;
    try {
      settings.mode(); // names the missing variables
      bot = keep(wiring.slackBot(settings, core));
      bot.start();
    } catch (Exception e) {
      // Bolt's auth.test check fails with "The token is invalid (auth.test error: invalid_auth)"
      throw new StartFailure(Platform.SLACK, e);
    }
    description.add("Slack app (" + settings.mode().name().toLowerCase(java.util.Locale.ROOT) + " mode)");
  }

  private <T extends AutoCloseable> T keep(T resource) {
    running.push(resource);
    return resource;
  }

  /** What runs, for the start-up line: "Telegram bot @X, Slack app (socket mode), daily posts to …". */
  public String description() {
    return String.join(", ", description);
  }

  /**
   * Serves {@code platforms} until the process is asked to stop (SIGTERM, Ctrl-C), then shuts
   * down cleanly. Returns the exit code.
   */
  public static int run(Wiring wiring, Set<Platform> platforms, PrintStream out, PrintStream err)
      throws InterruptedException {
    try {
      // Configuration mistakes are reported before the data is loaded.
      if (platforms.contains(Platform.TELEGRAM) && wiring.telegramSettings().isEmpty()) {
        throw new IllegalStateException("set TELEGRAM_BOT_TOKEN (from BotFather) to run the Telegram bot");
      }
      if (platforms.contains(Platform.SLACK)) {
        wiring.slackSettings().mode();
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("tradebot: " + e.getMessage());
      return 2;
    }
    // Health first: /healthz answers and /readyz says 503 while the data loads and platforms connect.
    Readiness readiness = new Readiness();
    HealthServer health;
    try {
      health = HealthServer.start(wiring.httpAddress(), wiring.metrics(), readiness);
    } catch (IllegalArgumentException e) {
      err.println("tradebot: " + e.getMessage());
      return 2;
    } catch (java.io.IOException e) {
      err.println("tradebot: cannot listen on " + wiring.httpAddress() + " for /healthz and /metrics ("
          + e.getMessage() + "); set " + Wiring.HTTP_PORT + " to a free port");
      return 1;
    }
    Wiring.RunningCore live = null;
    Server server;
    try {
      live = wiring.serverCore();
      Core core = live.core();
      readiness.add("data", () -> !core.store().indicators().isEmpty());
      server = start(wiring, core, platforms, readiness);
    } catch (StartFailure e) {
      closeQuietly(live);
      health.close();
      err.println("tradebot: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      closeQuietly(live);
      health.close();
      throw e;
    }
    server.running.addLast(live); // stopped last: answers follow ingested articles until the end
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  health.close();
                  stopped.countDown();
                },
                "tradebot-shutdown"));
    out.println("Serving " + server.description() + "; stop with Ctrl-C.");
    stopped.await();
    return 0;
  }

  private static void closeQuietly(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      log.warn("stopping {} failed: {}", resource.getClass().getSimpleName(), e.toString());
    }
  }

  /** Stops everything started, newest first; one failing to stop does not keep the rest running. */
  @Override
  public synchronized void close() {
    while (!running.isEmpty()) {
      closeQuietly(running.pop());
    }
  }
}
