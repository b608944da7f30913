package tradebot.slack;

import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.Core;
import tradebot.ops.ChatQueues;
import tradebot.ops.DaemonThreads;
import tradebot.ops.LoadMessages;
import tradebot.ops.Metrics;

/**
 * The Slack app: a Bolt {@link App} with its listeners (slash command, mentions, DMs, option clicks,
 * the Check figures shortcut, the App Home), run over Socket Mode or the HTTP
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
  private final ChatQueues queues;
  private final SlackSender sender;
  private final Core core;
  private final SlackRenderer renderer;
  private SlackHttpServer http;
  private SocketModeApp socketMode;

  private SlackBot(
      SlackSettings settings, Core core, Sleeper sleeper, EventClaims claims, Metrics metrics, Clock clock) {
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
            List.of(new EventDeduplication(claims, () -> metrics.duplicate(PLATFORM))));
    // per channel, fair, bounded: a flood gets a few answers and a note instead of a queue without end
    this.queues = new ChatQueues(PLATFORM, ChatQueues.Limits.DEFAULT, clock, metrics);
    this.sender = new SlackSender(slack, settings.botToken(), Retrying.defaults(sleeper));
    SlackRenderer renderer = new SlackRenderer(core.messages(), core.plainText(), SLASH_COMMAND);
    Answering answering = new Answering(renderer, queues, new LoadMessages());
    app.command(SLASH_COMMAND, new TradeSlashCommand(core.chat(), answering, sender));
    app.event(AppMentionEvent.class, new MentionListener(core.chat(), answering, sender));
    app.event(MessageEvent.class, new DirectMessageListener(core.chat(), answering, sender));
    app.blockAction(OptionClickListener.ACTION_IDS, new OptionClickListener(core.answerer(), answering, sender));
    app.messageShortcut(CheckShortcut.CALLBACK_ID, new CheckShortcut(core.checker(), answering, sender));
    this.core = core;
    this.renderer = renderer;
  }

  /**
   * Adds the App Home tab: coverage, the user's and their channels' daily-fact subscriptions (each
   * with an Unsubscribe button) and today's fact by {@code clock}'s date. Call before {@link #start()}.
   */
  public SlackBot withHome(SubscriptionDirectory subscriptions, Clock clock) {
    // off the request thread, in order, beside the answers; a Home costs no answer, so it is never refused
    AppHome home =
        new AppHome(slack.methods(settings.botToken()), subscriptions, core.answerer(), core.store(), core.messages(),
            renderer, clock, task -> queues.submitUncounted("app_home", task));
    app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(home));
    app.blockAction(AppHome.UNSUBSCRIBE_ACTION, new HomeUnsubscribeListener(home));
    return this;
  }

  /** Builds the app; nothing talks to Slack until {@link #start()}. */
  public static SlackBot build(SlackSettings settings, Core core, Sleeper sleeper, Ticker ticker) {
    return new SlackBot(
        settings, core, sleeper, EventDeduplication.inMemory(Duration.ofHours(2), 100_000, ticker), Metrics.create(),
        Clock.systemUTC());
  }

  /**
   * As above, with event_id claims in {@code claims} (the shared database, so a retry reaching
   * another instance is not answered again) and duplicates, queue depth and shed messages counted in {@code metrics}.
   */
  public static SlackBot build(
      SlackSettings settings, Core core, Sleeper sleeper, EventClaims claims, Metrics metrics, Clock clock) {
    return new SlackBot(settings, core, sleeper, claims, metrics, clock);
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
      http = new SlackHttpServer(app, settings.listen(), Executors.newFixedThreadPool(4, DaemonThreads.named("slack-http")));
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
    queues.close(Duration.ofSeconds(10));
    slack.close();
  }
}
