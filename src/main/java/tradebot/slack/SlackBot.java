package tradebot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.Core;

/**
 * The Slack app: a Bolt {@link App} with the four listeners, run over Socket Mode or the HTTP
 * endpoint depending on the settings. {@link #start()} returns once it is serving, so one process
 * can run Slack next to other platforms; {@link #close()} stops it.
 */
public final class SlackBot implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackBot.class);

  /** The conversation namespace in {@code Incoming}: "slack:C0123". */
  public static final String PLATFORM = "slack";

  public static final String SLASH_COMMAND = "/trade";

  private final SlackSettings settings;
  private final Slack slack;
  private final App app;
  private final ExecutorService answeringPool;
  private final SlackSender sender;
  private SlackHttpServer http;
  private SocketModeApp socketMode;

  private SlackBot(SlackSettings settings, Core core, Sleeper sleeper, EventClaims claims, Runnable onDuplicate) {
    this.settings = settings;
    settings.mode(); // fails here, naming the missing variables, before anything starts
    this.slack = SlackClients.slack(settings);
    this.app =
        new BoltApp(
            AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                .requestVerificationEnabled(true)
                .allEventsApiAutoAckEnabled(true) // unhandled message subtypes: ack, or Slack retries
                // the auth.test done at start stays valid: no Web API call before an ack
                .authTestCacheExpirationMillis(-1)
                .build(),
            List.of(new EventDeduplication(claims, onDuplicate)));
    // bounded, so a flood is refused (and logged) instead of queued without end
    this.answeringPool = new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(1_000), daemonThreads("slack-answer"));
    this.sender = new SlackSender(slack, settings.botToken(), Retrying.defaults(sleeper));
    SlackRenderer renderer = new SlackRenderer(core.messages(), core.plainText(), SLASH_COMMAND);
    Answering answering = new Answering(renderer, answeringPool);
    app.command(SLASH_COMMAND, new TradeSlashCommand(core.chat(), answering, sender));
    app.event(AppMentionEvent.class, new MentionListener(core.chat(), answering, sender));
    app.event(MessageEvent.class, new DirectMessageListener(core.chat(), answering, sender));
    app.blockAction(OptionClickListener.ACTION_IDS, new OptionClickListener(core.answerer(), answering, sender));
  }

  /** Builds the app; nothing talks to Slack until {@link #start()}. */
  public static SlackBot build(SlackSettings settings, Core core, Sleeper sleeper, Ticker ticker) {
    return new SlackBot(settings, core, sleeper, EventDeduplication.inMemory(Duration.ofHours(2), 100_000, ticker), () -> {});
  }

  /**
   * As above, with event_id claims in {@code claims} (the shared database, so a retry reaching
   * another instance is not answered again) and each duplicate counted by {@code onDuplicate}.
   */
  public static SlackBot build(
      SlackSettings settings, Core core, Sleeper sleeper, EventClaims claims, Runnable onDuplicate) {
    return new SlackBot(settings, core, sleeper, claims, onDuplicate);
  }

  /**
   * Checks the bot token with auth.test (Bolt builds its middleware then; a bad token fails with
   * IllegalArgumentException), then connects (Socket Mode) or listens (HTTP).
   */
  public synchronized void start() throws Exception {
    if (settings.mode() == SlackSettings.Mode.SOCKET) {
      socketMode = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
      socketMode.startAsync();
      log.info("Slack app connected over Socket Mode ({})", settings);
    } else {
      app.start();
      http = new SlackHttpServer(app, settings.listen(), Executors.newFixedThreadPool(4, daemonThreads("slack-http")));
      http.start();
      log.info("Slack app listening on {}{} ({})", http.address(), SlackSettings.EVENTS_PATH, settings);
    }
  }

  /** Where HTTP mode listens (the real port when 0 was asked for); null in Socket Mode. */
  public InetSocketAddress httpAddress() {
    return http == null ? null : http.address();
  }

  /** For other features that post to Slack, e.g. the daily fact. */
  public SlackSender sender() {
    return sender;
  }

  @Override
  public synchronized void close() throws Exception {
    if (socketMode != null) {
      socketMode.close();
    }
    if (http != null) {
      http.close();
    }
    app.stop();
    answeringPool.shutdown();
    if (!answeringPool.awaitTermination(10, TimeUnit.SECONDS)) {
      answeringPool.shutdownNow();
    }
    slack.close();
  }

  private static ThreadFactory daemonThreads(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
