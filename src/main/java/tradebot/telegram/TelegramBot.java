package tradebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import tradebot.Core;
import tradebot.ops.ChatQueues;
import tradebot.ops.DaemonThreads;
import tradebot.ops.LoadMessages;
import tradebot.ops.Metrics;
import tradebot.reply.Messages;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.SendResult;

/**
 * The Telegram bot: asks Telegram who it is, registers the command menus, then long-polls for
 * updates until closed. It owns its threads and HTTP clients and stops them on {@link #close()};
 * updates being handled then are finished first.
 */
public final class TelegramBot implements AutoCloseable {

  /** The platform name in core messages and subscriptions. */
  public static final String PLATFORM = "telegram";
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
  /** Parallel webhook requests Telegram may open to one instance set (Telegram's default is 40). */
  private static final int MAX_WEBHOOK_CONNECTIONS = 40;

  private final TelegramSettings settings;
  private final Replies replies;
  private final Messages messages;
  private final UpdateOffsetStore offsets;
  private final int messageLimit;
  private final TokenMask mask;
  private final OkHttpClient sendHttp;
  private final OkHttpClient pollHttp;
  private final TelegramSender sender;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private volatile boolean closed;
  private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("telegram-poll"));
  private final Clock clock;
  private final Metrics metrics;
  private final TelegramIntake intake;
  private final ChatMigrations migrations;
  private volatile TelegramBotsLongPollingApplication polling;
  private volatile WebhookServer webhook;
  private ChatQueues queues;
  private BotIdentity identity;
  private TelegramRenderer renderer;
  private volatile TelegramPostSender posts;

  /**
   * The production bot: Telegram's rate limits (this process sending at most {@code sendsPerSecond}
   * of the bot's 30 messages/s), real sleeping, the default retry policy.
   */
  public static TelegramBot create(
      TelegramSettings settings, Core core, UpdateOffsetStore offsets, Clock clock, Metrics metrics,
      TelegramIntake intake, ChatMigrations migrations, int sendsPerSecond) {
    return new TelegramBot(
        settings, Replies.of(core.chat(), core.answerer()), core.messages(), offsets,
        RateLimits.TELEGRAM.withOverall(sendsPerSecond), RetryPolicy.DEFAULT, Sleeper.real(), clock, TelegramRenderer.MESSAGE_LIMIT,
        metrics, intake, migrations);
  }

  TelegramBot(
      TelegramSettings settings,
      Replies replies,
      Messages messages,
      UpdateOffsetStore offsets,
      RateLimits limits,
      RetryPolicy retry,
      Sleeper sleeper,
      Clock clock,
      int messageLimit,
      Metrics metrics,
      TelegramIntake intake,
      ChatMigrations migrations) {
    this.settings = settings;
    this.migrations = migrations;
    this.clock = clock;
    this.metrics = metrics;
    this.intake = intake;
    this.replies = replies;
    this.messages = messages;
    this.offsets = offsets;
    this.messageLimit = messageLimit;
    this.retry = retry;
    this.sleeper = sleeper;
    this.mask = settings.mask();
    this.sendHttp =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(30))
            .writeTimeout(Duration.ofSeconds(30))
            .build();
    // Reads must outlast the long-poll timeout, or every quiet poll would end as a timeout error.
    this.pollHttp =
        sendHttp.newBuilder().readTimeout(Duration.ofSeconds(UpdateConsumer.POLL_TIMEOUT_SECONDS + 25)).build();
    this.sender =
        new TelegramSender(
            new OkHttpTelegramClient(new ObjectMapper(), sendHttp, settings.token(), settings.telegramUrl()),
            new SendRateLimiter(limits, clock), retry, sleeper, mask,
            (method, status) -> metrics.apiCall(PLATFORM, method, status));
  }

  /**
   * Connects: getMe (waiting, with backoff, for as long as Telegram is down or unreachable; a
   * token Telegram refuses fails at once), the command menus, then long polling in the background.
   */
  public void start() {
    connectPatiently();
    startTaking();
  }

  private void connectPatiently() {
    for (int round = 1; ; round++) {
      try {
        connect();
        return;
      } catch (DeliveryException e) {
        if (!e.transientFailure() || closed) {
          throw e;
        }
        Duration wait = retry.backoff(round);
        log.warn("Telegram not reachable yet, trying again in {} ms: {}", wait.toMillis(), e.getMessage());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new DeliveryException("interrupted while waiting for Telegram", false, ie);
        }
      }
    }
  }

  private synchronized void startTaking() {
    if (queues != null) {
      throw new IllegalStateException("the Telegram bot is already running");
    }
    if (closed) {
      throw new IllegalStateException("the Telegram bot was stopped while starting");
    }
    for (SetMyCommands menu : CommandMenus.setMyCommands()) {
      try {
        sender.call(menu);
      } catch (DeliveryException e) {
        log.warn("command menu not registered ({}): {}", menu.getLanguageCode(), e.getMessage());
      }
    }
    TelegramMessages own = new TelegramMessages();
    ReplyDelivery delivery = new ReplyDelivery(renderer, sender);
    List<UpdateHandler> handlers =
        List.of(
            new MigrationHandler(migrations),
            new CallbackQueryHandler(replies, own, sender, delivery),
            new InlineQueryHandler(replies, renderer, sender),
            new TextMessageHandler(new Addressing(identity), replies, delivery),
            new ChannelPostHandler(identity, replies, delivery),
            new NonTextMessageHandler(replies, own, delivery),
            new MembershipHandler(sender));
    queues = new ChatQueues(PLATFORM, intake.limits(), clock, metrics);
    UpdateIntake updates =
        new UpdateIntake(
            new UpdateDispatcher(handlers, delivery, messages, mask), new Addressing(identity), queues, new LoadMessages());
    if (intake.webhook().isPresent()) {
      startWebhook(intake.webhook().get(), updates);
    } else {
      startPolling(updates);
    }
  }

  private void startPolling(UpdateIntake updates) {
    UpdateConsumer consumer = new UpdateConsumer(updates, offsets);
    TelegramBotsLongPollingApplication app =
        new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> pollHttp, () -> poller, ExponentialBackOff::new);
    try {
      app.registerBot(settings.token(), settings::telegramUrl, consumer::nextRequest, consumer);
    } catch (TelegramApiException | RuntimeException e) {
      throw new DeliveryException("could not start long polling: " + mask.apply(e.getMessage()), false, mask.apply(e));
    }
    polling = app;
    log.info("Telegram bot @{} polling {} (after update {})", identity.username(), settings.apiUrl(), offsets.load());
  }

  /**
   * Listens first, then tells Telegram where to send updates. Every instance registers the same
   * URL, secret and settings, so it does not matter which one does it last.
   */
  private void startWebhook(TelegramWebhook hook, UpdateIntake updates) {
    WebhookServer server;
    try {
      server = new WebhookServer(hook.listen(), hook.secret(), intake.claims(), updates, metrics);
    } catch (java.io.IOException e) {
      throw new DeliveryException("cannot listen on " + hook.listen() + " for the webhook: " + e.getMessage(), false, e);
    }
    server.start();
    webhook = server;
    sender.call(
        SetWebhook.builder()
            .url(hook.publicUrl().toString())
            .secretToken(hook.secret())
            .allowedUpdates(UpdateConsumer.ALLOWED_UPDATES)
            .maxConnections(MAX_WEBHOOK_CONNECTIONS)
            .build());
    log.info("Telegram bot @{} taking updates at {} (listening on {}{})",
        identity.username(), hook.publicUrl(), server.address(), TelegramWebhook.PATH);
  }

  /** Where webhook mode listens (the real port when 0 was asked for); null when polling. */
  public InetSocketAddress webhookAddress() {
    WebhookServer w = webhook;
    return w == null ? null : w.address();
  }

  /**
   * Only what posting needs: asks Telegram who the bot is (the deep links name it) and readies
   * {@link #postSender()}, without polling for updates. For {@code deliver}, which posts from cron
   * while another process (or none) answers; {@link #start()} does this itself.
   */
  public synchronized void connect() {
    if (renderer == null) {
      User me = sender.call(new GetMe());
      identity = new BotIdentity(me.getId(), me.getUserName() == null ? "" : me.getUserName());
      renderer = new TelegramRenderer(messages, new TelegramMessages(), identity.username(), messageLimit);
      posts = new TelegramPostSender(renderer, sender, mask, migrations);
    }
  }

  /** True once the bot answers updates (getMe succeeded and polling runs), until closed. */
  public boolean ready() {
    return (polling != null || webhook != null) && !closed;
  }

  /** The bot's username, known once started. */
  public synchronized String username() {
    return identity == null ? "" : identity.username();
  }

  /**
   * Daily posts through this bot: its renderer (the deep link needs the bot's name, known once
   * started) and its sender, so posts and replies share Telegram's rate limits.
   */
  public PostSender postSender() {
    return post -> {
      TelegramPostSender current = posts;
      return current == null ? SendResult.failedTransiently("the Telegram bot is not running") : current.send(post);
    };
  }

  /** Chats that blocked the bot or removed it, as far as this process has seen. */
  public Set<String> blockedChats() {
    return sender.blockedChats();
  }

  @Override
  public void close() {
    closed = true; // ends a start-up still waiting for Telegram
    stop();
  }

  private synchronized void stop() {
    if (polling != null) {
      try {
        polling.close();
      } catch (Exception e) {
        log.warn("stopping long polling: {}", mask.apply(String.valueOf(e.getMessage())));
      }
    }
    if (webhook != null) {
      webhook.close(); // what Telegram sends now gets no answer, so it is sent again (to another instance)
    }
    if (queues != null) {
      queues.close(Duration.ofSeconds(10));
    }
    // The open getUpdates is left to end by itself: the poll thread is a daemon and will not poll
    // again, and updates it still brings are refused, unsaved, so the next start fetches them.
    // (Cancelling the call instead makes telegrambots log an error with a stack trace.)
    poller.shutdown();
    sendHttp.dispatcher().executorService().shutdown();
    sendHttp.connectionPool().evictAll();
    polling = null;
    webhook = null;
    posts = null;
    renderer = null;
  }
}
