package tradebot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import tradebot.answer.ConversationMemory;
import tradebot.answer.TradeAnswerer;
import tradebot.chat.ChatService;
import tradebot.check.CheckWording;
import tradebot.check.ClaimChecker;
import tradebot.chat.SubscriptionCommands;
import tradebot.extract.ArticleExtractor;
import tradebot.extract.FigurePipeline;
import tradebot.extract.Glossary;
import tradebot.extract.Places;
import tradebot.ingest.ArticleStore;
import tradebot.ingest.ExtractorVersion;
import tradebot.ingest.IngestedKnowledge;
import tradebot.ingest.Ingester;
import tradebot.ingest.Reloader;
import tradebot.format.PlainTextRenderer;
import tradebot.intent.Explanation;
import tradebot.intent.IndicatorRanker;
import tradebot.intent.AskedReader;
import tradebot.intent.Ellipsis;
import tradebot.intent.IntentHandler;
import tradebot.intent.Lexicon;
import tradebot.intent.QuestionParser;
import tradebot.intent.Router;
import tradebot.intent.Scored;
import tradebot.intent.handlers.ArithmeticHandler;
import tradebot.intent.handlers.EmptyMessageHandler;
import tradebot.intent.handlers.FactHandler;
import tradebot.intent.handlers.GreetingHandler;
import tradebot.intent.handlers.HelpHandler;
import tradebot.intent.handlers.OffTopicHandler;
import tradebot.intent.handlers.OtherPlaceHandler;
import tradebot.intent.handlers.PeriodHandler;
import tradebot.intent.handlers.RefusalHandler;
import tradebot.intent.handlers.ScopeDeclineHandler;
import tradebot.intent.handlers.TooLongHandler;
import tradebot.intent.handlers.TopicsHandler;
import tradebot.chat.MessageObserver;
import tradebot.ops.ChatQueues;
import tradebot.ops.CountedPosts;
import tradebot.ops.LogSettings;
import tradebot.ops.MessageLog;
import tradebot.ops.Metrics;
import tradebot.ops.Periodic;
import tradebot.ops.SharedClaims;
import tradebot.reply.Messages;
import tradebot.slack.SlackBot;
import tradebot.slack.SlackPostSender;
import tradebot.slack.SlackSettings;
import tradebot.reply.ReplyWriter;
import tradebot.measure.Fit;
import tradebot.measure.MeasureCatalog;
import tradebot.store.DataLocation;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.store.StoreLoader;
import tradebot.subscribe.ChatSubscriptions;
import tradebot.subscribe.ConsolePostSender;
import tradebot.subscribe.DailyPoster;
import tradebot.subscribe.Database;
import tradebot.subscribe.DeliveryPass;
import tradebot.subscribe.JdbcPlatformState;
import tradebot.subscribe.JdbcConversations;
import tradebot.subscribe.MessageClaims;
import tradebot.subscribe.PlatformState;
import tradebot.subscribe.PostChannel;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.PostText;
import tradebot.subscribe.RateLimiter;
import tradebot.subscribe.SendLimits;
import tradebot.subscribe.StorageException;
import tradebot.subscribe.SubscribeMessages;
import tradebot.subscribe.SubscriptionStore;
import tradebot.subscribe.TopicFilter;
import tradebot.telegram.TelegramBot;
import tradebot.telegram.TelegramIntake;
import tradebot.telegram.TelegramWebhook;
import tradebot.telegram.TelegramSettings;
import tradebot.telegram.UpdateOffsetStore;
import tradebot.text.ChineseConverter;
import tradebot.text.LanguageDetector;
import tradebot.text.Normalizer;

/**
 * The one place that reads configuration and the environment and builds the object graph by hand.
 * Nothing else reads environment variables.
 */
public final class Wiring {

  /** Environment variable naming a data directory to use instead of the packaged data. */
  public static final String DATA_DIR = "TRADEBOT_DATA_DIR";
  /** Environment variable: how many answers to cache (default 10,000; 0 turns the cache off). */
  public static final String ANSWER_CACHE = "TRADEBOT_ANSWER_CACHE";

  /** Data directory for the embedded SQLite database (default {@code ./var}). */
  public static final String HOME = "TRADEBOT_HOME";

  /** A PostgreSQL JDBC URL; when set, subscriptions and platform state live there instead. */
  public static final String DB_URL = "TRADEBOT_DB_URL";

  public static final String DB_USER = "TRADEBOT_DB_USER";
  public static final String DB_PASSWORD = "TRADEBOT_DB_PASSWORD";

  /** Root log level (TRACE … ERROR, OFF); default INFO. */
  public static final String LOG_LEVEL = "TRADEBOT_LOG_LEVEL";
  /** {@code text} (default) or {@code json}, one object per line. */
  public static final String LOG_FORMAT = "TRADEBOT_LOG_FORMAT";

  /** Port of /healthz, /readyz and /metrics for serve, telegram and slack (default 8080; 0 = any free port). */
  public static final String HTTP_PORT = "TRADEBOT_HTTP_PORT";

  /** Seconds between a running bot's looks for changed articles (default 3). */
  public static final String RELOAD_SECONDS = "TRADEBOT_RELOAD_SECONDS";

  private final Map<String, String> env;
  private Database database;
  private Metrics metrics;
  private String instanceName;
  private SharedClaims sharedClaims;
  private String extractorVersion;

  public Wiring(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  /** Log level and format from TRADEBOT_LOG_LEVEL and TRADEBOT_LOG_FORMAT. */
  public LogSettings logSettings() {
    return LogSettings.parse(env(LOG_LEVEL), env(LOG_FORMAT));
  }

  public DataLocation dataLocation() {
    String dir = env(DATA_DIR);
    return dir == null ? DataLocation.classpath() : DataLocation.directory(Path.of(dir));
  }

  public Clock clock() {
    return Clock.systemUTC();
  }

  /** Pins "today" (YYYY-MM-DD) for relative periods such as 去年, so answers are reproducible. */
  public static final String TODAY = "TRADEBOT_TODAY";

  /**
   * Today as questions mean it: the date in Asia/Shanghai, or the date TRADEBOT_TODAY pins. Relative
   * periods ("去年", "last year") are read against it.
   */
  public Clock today() {
    java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
    String pinned = env(TODAY);
    if (pinned == null) {
      return clock().withZone(shanghai);
    }
    try {
      return Clock.fixed(java.time.LocalDate.parse(pinned.strip()).atTime(12, 0).atZone(shanghai).toInstant(), shanghai);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException(TODAY + " must be a date such as 2026-11-29, not: " + pinned);
    }
  }

  /** The subscriptions database, opened (and migrated) on first use and then shared. */
  public synchronized Database database() {
    if (database == null) {
      String url = env(DB_URL);
      database = url != null ? Database.server(url, env(DB_USER), env(DB_PASSWORD)) : Database.sqlite(home());
    }
    return database;
  }

  /** The process's metrics registry, created on first use and then shared. */
  public synchronized Metrics metrics() {
    if (metrics == null) {
      metrics = Metrics.create();
    }
    return metrics;
  }

  /** Where the health and metrics endpoint listens: all interfaces, TRADEBOT_HTTP_PORT (default 8080). */
  public InetSocketAddress httpAddress() {
    return new InetSocketAddress(port(HTTP_PORT, 8080));
  }

  private int port(String variable, int defaultPort) {
    String port = env(variable);
    int p;
    try {
      p = port == null ? defaultPort : Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(variable + " must be a port number, not: " + port);
    }
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException(variable + " must be between 0 and 65535, not: " + port);
    }
    return p;
  }

  /** This process's name in claims: pid and a random suffix. */
  public synchronized String instanceName() {
    if (instanceName == null) {
      instanceName = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
    return instanceName;
  }

  /** Claims on Telegram updates and Slack events, in the database all instances share. */
  public MessageClaims messageClaims() {
    return new MessageClaims(database(), clock(), instanceName());
  }

  /** The claims the bots use: shared through the database, in memory while it is unavailable. */
  public synchronized SharedClaims sharedClaims() {
    if (sharedClaims == null) {
      sharedClaims = new SharedClaims(this::messageClaims);
    }
    return sharedClaims;
  }

  /** Removes claims and conversations older than a day, every hour, on its own thread (for the running bot). */
  public Periodic claimCleanUp() {
    return Periodic.start("claim-clean-up", Duration.ofHours(1),
        () -> {
          Instant dayAgo = clock().instant().minus(Duration.ofDays(1));
          messageClaims().forgetBefore(dayAgo);
          new JdbcConversations(this::database, clock(), CONVERSATION_KEPT).forgetBefore(dayAgo);
        });
  }

  /** The extractor articles go through (tradebot.extract). */
  public ArticleExtractor extractor() {
    DataLocation data = dataLocation();
    return new FigurePipeline(Places.load(data), Glossary.load(data), new ChineseConverter(), today());
  }

  /** The running extractor's version (a digest of its code and data), computed once, when first needed. */
  public synchronized String extractorVersion() {
    if (extractorVersion == null) {
      String dir = env(DATA_DIR);
      extractorVersion =
          FigurePipeline.VERSION + "-" + ExtractorVersion.of(FigurePipeline.class, dir == null ? null : Path.of(dir));
    }
    return extractorVersion;
  }

  /** Ingested articles, in the same database as the subscriptions. */
  public ArticleStore articleStore() {
    return new ArticleStore(database(), clock());
  }

  public Ingester ingester() {
    return new Ingester(articleStore(), extractor(), this::extractorVersion, clock());
  }

  private IngestedKnowledge ingestedKnowledge(IndicatorStore seed, Database db) {
    return new IngestedKnowledge(seed, new ArticleStore(db, clock()), this::extractor, this::extractorVersion);
  }

  /** Durable key/value state for platform adapters (e.g. Telegram's update offset). */
  public PlatformState platformState() {
    return new JdbcPlatformState(database(), clock());
  }

  public SubscriptionStore subscriptionStore() {
    return new SubscriptionStore(database(), clock());
  }

  public TopicFilter topicFilter(IndicatorStore store) {
    return new TopicFilter(store, new Normalizer(new ChineseConverter()));
  }

  /** Topics over the core's knowledge as of each use: a running bot's daily posts see ingested articles. */
  public TopicFilter topicFilter(Core core) {
    return new TopicFilter(core::store, new Normalizer(new ChineseConverter()));
  }

  /**
   * What {@code deliver} posts to: the terminal, and every platform whose token is set, each with
   * its rate limits. Telegram is reached without polling (see {@link TelegramBot#connect()}); if it
   * cannot be reached, its posts stay due for the next run and the others still go out.
   */
  public Map<String, PostChannel> postChannels(Core core, PostSender console) {
    Map<String, PostChannel> channels = new LinkedHashMap<>();
    channels.put(ConsolePostSender.PLATFORM, consolePostChannel(console));
    Optional<TelegramSettings> telegram = telegramSettings();
    if (telegram.isPresent()) {
      TelegramBot bot = telegramBot(telegram.get(), core);
      try {
        bot.connect();
        channels.put(TelegramBot.PLATFORM, telegramPostChannel(bot));
      } catch (RuntimeException e) {
        bot.close();
        LoggerFactory.getLogger(Wiring.class).warn("Telegram unreachable, its posts wait for the next run: {}", e.getMessage());
      }
    }
    SlackSettings slack = slackSettings();
    if (slack.botToken() != null) {
      channels.put(SlackBot.PLATFORM, slackPostChannel(slackPostSender(slack, core)));
    }
    return channels;
  }

  /** The terminal's posts: printed, unpaced. */
  public PostChannel consolePostChannel(PostSender console) {
    return new PostChannel(console, new RateLimiter(SendLimits.NONE, clock()));
  }

  /**
   * Telegram's posts go through the running bot, whose sender paces replies too (30/s overall):
   * posts use what replies leave (up to 29/s when nobody chats) and give way while a reply waits.
   */
  public PostChannel telegramPostChannel(TelegramBot bot) {
    int perSecond = telegramSendsPerSecond();
    SendLimits limits =
        perSecond == 30 ? SendLimits.TELEGRAM : new SendLimits(Math.max(1, perSecond - 1), SendLimits.TELEGRAM.perChat());
    return new PostChannel(
        new CountedPosts(TelegramBot.PLATFORM, bot.postSender(), metrics()), new RateLimiter(limits, clock()));
  }

  /** Slack's posts need only the bot token; close the sender when done. */
  public SlackPostSender slackPostSender(SlackSettings settings, Core core) {
    return SlackPostSender.create(settings, core);
  }

  public PostChannel slackPostChannel(PostSender slack) {
    return new PostChannel(new CountedPosts(SlackBot.PLATFORM, slack, metrics()), new RateLimiter(SendLimits.SLACK, clock()));
  }

  /** A delivery pass every 30 s (and one at once, for posts missed while down), on its own thread. */
  public DailyPoster dailyPoster(Core core, Map<String, PostChannel> channels) {
    return DailyPoster.onOwnThread(deliveryPass(core, channels), clock(), Duration.ofSeconds(30));
  }

  /** The platforms whose tokens are set, which {@code serve} (and the bare command) runs. */
  public Set<Server.Platform> configuredPlatforms() {
    Set<Server.Platform> platforms = EnumSet.noneOf(Server.Platform.class);
    if (env("TELEGRAM_BOT_TOKEN") != null) {
      platforms.add(Server.Platform.TELEGRAM);
    }
    if (env("SLACK_BOT_TOKEN") != null) {
      platforms.add(Server.Platform.SLACK);
    }
    return platforms;
  }

  public DeliveryPass deliveryPass(Core core, Map<String, PostChannel> channels) {
    Database db = database();
    String owner = instanceName();
    return new DeliveryPass(
        db, new SubscriptionStore(db, clock()), topicFilter(core), core.answerer(),
        new SubscribeMessages(), new PostText(core.plainText()), channels, tradebot.subscribe.Sleeper.system(), owner,
        Duration.ofMinutes(5));
  }

  /** The core with subscriptions in the database, which is opened only when a chat first uses them. */
  public Core core() {
    return core(MessageObserver.NONE, subscriptionCommands());
  }

  /**
   * The core as a long-running server uses it: as {@link #runningCore()}, plus one log line and the
   * answer metrics per handled message (the CLI commands stay quiet).
   */
  public RunningCore serverCore() {
    return runningCore(new MessageLog(metrics()), sharedConversationMemory());
  }

  /**
   * With PostgreSQL (TRADEBOT_DB_URL), the running bots keep conversation memory there, so a
   * follow-up reaching another instance knows the previous turn; otherwise in this process.
   */
  private ConversationMemory sharedConversationMemory() {
    return env(DB_URL) == null
        ? conversationMemory()
        : new ConversationMemory(new JdbcConversations(this::database, clock(), CONVERSATION_KEPT));
  }

  /**
   * For a running bot: a core that follows ingested articles (a change in the database is seen
   * within {@link #reloadInterval()}); close it to stop following.
   */
  public RunningCore runningCore() {
    return runningCore(MessageObserver.NONE, conversationMemory());
  }

  private RunningCore runningCore(MessageObserver observer, ConversationMemory memory) {
    Language language = language();
    IndicatorStore seed = new StoreLoader().load(language.data());
    Messages messages = new Messages();
    Function<IndicatorStore, SubscriptionCommands> subscriptions = subscriptionCommands();
    long version;
    IndicatorStore store;
    try {
      IngestedKnowledge knowledge = ingestedKnowledge(seed, database());
      version = knowledge.version();
      store = knowledge.load();
    } catch (StorageException e) {
      LoggerFactory.getLogger(Wiring.class).warn("ingested articles unavailable, answering from the seed data: {}", e.getMessage());
      version = Long.MIN_VALUE;
      store = seed;
    }
    Reloader<Core.Snapshot> reloader =
        new Reloader<>(
            () -> ingestedKnowledge(seed, database()).version(),
            () -> snapshot(language, ingestedKnowledge(seed, database()).load(), subscriptions, messages, memory, observer),
            snapshot(language, store, subscriptions, messages, memory, observer),
            version,
            reloadInterval());
    return new RunningCore(new Core(reloader::current, messages, new PlainTextRenderer(messages)), reloader.start());
  }

  /** A core and the reloading that keeps it current; closing stops the reloading. */
  public record RunningCore(Core core, AutoCloseable reloading) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      reloading.close();
    }
  }

  /** How often a running bot looks for changed articles (TRADEBOT_RELOAD_SECONDS, default 3). */
  public Duration reloadInterval() {
    String s = env(RELOAD_SECONDS);
    try {
      double seconds = s == null ? 3 : Double.parseDouble(s.strip());
      if (seconds > 0 && seconds <= 3600) {
        return Duration.ofMillis((long) (seconds * 1000));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(RELOAD_SECONDS + " must be a number of seconds, not: " + s);
  }

  private Function<IndicatorStore, SubscriptionCommands> subscriptionCommands() {
    SubscribeMessages messages = new SubscribeMessages();
    LanguageDetector detector = new LanguageDetector(new ChineseConverter());
    return store -> {
      TopicFilter topics = topicFilter(store);
      return (message, command, arguments, lang) -> {
        SubscriptionStore subscriptions;
        try {
          subscriptions = subscriptionStore();
        } catch (StorageException e) {
          // The database is opened on first use; when it cannot be, the chat says so and keeps answering.
          org.slf4j.LoggerFactory.getLogger(Wiring.class).error("subscriptions unavailable: {}", e.getMessage());
          return tradebot.reply.Reply.message(
              tradebot.reply.Reply.Kind.HELP, lang, messages.get(lang, "subscribe.storageDown"));
        }
        return new ChatSubscriptions(subscriptions, topics, messages, detector)
            .handle(message, command, arguments, lang);
      };
    };
  }

  /** What does not depend on the knowledge: data location, lexicon and language tools. */
  private record Language(
      DataLocation data,
      Lexicon lexicon,
      ChineseConverter converter,
      Normalizer normalizer,
      LanguageDetector detector,
      Set<String> englishDictionary,
      Places places,
      Glossary glossary) {

    /** Trade terms, place names and the figures' own keywords, which a Chinese typo is corrected towards. */
    Set<String> chineseVocabulary(IndicatorRanker ranker) {
      Set<String> words = new java.util.HashSet<>(ranker.chineseKeywords());
      glossary.entries().forEach(e -> words.add(e.getKey()));
      places.all().forEach(p -> words.addAll(p.zh()));
      return words;
    }
  }

  private Language language() {
    DataLocation data = dataLocation();
    ChineseConverter converter = new ChineseConverter();
    Places places = Places.load(data);
    return new Language(
        data, Lexicon.load(data).withPlaces(places), converter, new Normalizer(converter),
        new LanguageDetector(converter), Lexicon.englishDictionary(data), places, Glossary.load(data));
  }

  /** The understanding half of the core: store, lexicon, parser and ranker. */
  private record Understanding(
      IndicatorStore store,
      Lexicon lexicon,
      ChineseConverter converter,
      LanguageDetector detector,
      IndicatorRanker ranker,
      QuestionParser parser,
      Fit fit,
      Normalizer normalizer) {}

  private Understanding understanding(Language language, IndicatorStore store) {
    IndicatorRanker ranker =
        new IndicatorRanker(store, language.normalizer(), language.lexicon(), language.places(), language.glossary());
    QuestionParser parser =
        new QuestionParser(
            language.lexicon(), language.normalizer(), language.detector(), ranker.englishVocabulary(),
            language.englishDictionary(), language.chineseVocabulary(ranker), ranker.knownPairs(), today());
    Fit fit = new Fit(MeasureCatalog.load(language.data(), language.normalizer()::fold), language.normalizer()::fold);
    return new Understanding(
        store, language.lexicon(), language.converter(), language.detector(), ranker, parser, fit, language.normalizer());
  }

  /**
   * What the core knows now: the seed data plus the ingested articles, when there is a database.
   * One that cannot be read is logged and the seed answers alone.
   */
  private IndicatorStore knowledge(DataLocation data) {
    IndicatorStore seed = new StoreLoader().load(data);
    try {
      Optional<Database> db = existingDatabase();
      return db.isEmpty() ? seed : ingestedKnowledge(seed, db.get()).load();
    } catch (StorageException e) {
      LoggerFactory.getLogger(Wiring.class).warn("ingested articles unavailable, answering from the seed data: {}", e.getMessage());
      return seed;
    }
  }

  /** The database if it exists already: commands that only read do not create one. */
  private Optional<Database> existingDatabase() {
    if (env(DB_URL) == null && !java.nio.file.Files.exists(home().resolve(Database.SQLITE_FILE))) {
      return Optional.empty();
    }
    return Optional.of(database());
  }

  private Path home() {
    String home = env(HOME);
    return Path.of(home == null ? "var" : home);
  }

  public Explanation explanation() {
    Language language = language();
    Understanding u = understanding(language, knowledge(language.data()));
    return new Explanation(u.parser(), u.ranker());
  }

  public Core core(SubscriptionCommands subscriptions) {
    return core(MessageObserver.NONE, store -> subscriptions);
  }

  private Core core(MessageObserver observer, Function<IndicatorStore, SubscriptionCommands> subscriptionsFor) {
    Language language = language();
    Messages messages = new Messages();
    Core.Snapshot snapshot =
        snapshot(language, knowledge(language.data()), subscriptionsFor, messages, conversationMemory(), observer);
    return new Core(() -> snapshot, messages, new PlainTextRenderer(messages));
  }

  /** How long a conversation's last subject is remembered for follow-ups. */
  private static final Duration CONVERSATION_KEPT = Duration.ofMinutes(30);

  private static ConversationMemory conversationMemory() {
    return new ConversationMemory(CONVERSATION_KEPT, 100_000, Ticker.systemTicker());
  }

  /** Everything that depends on the knowledge, built from {@code store}. */
  private Core.Snapshot snapshot(
      Language language,
      IndicatorStore store,
      Function<IndicatorStore, SubscriptionCommands> subscriptionsFor,
      Messages messages,
      ConversationMemory memory,
      MessageObserver observer) {
    Understanding u = understanding(language, store);
    SubscriptionCommands subscriptions = subscriptionsFor.apply(store);
    Lexicon lexicon = u.lexicon();
    ChineseConverter converter = u.converter();
    LanguageDetector detector = u.detector();
    IndicatorRanker ranker = u.ranker();
    QuestionParser parser = u.parser();
    Map<String, String[]> regionNames = new HashMap<>();
    for (Lexicon.Region r : lexicon.regions()) {
      regionNames.put(r.id(), new String[] {r.name(false), r.name(true)});
    }
    ReplyWriter writer = new ReplyWriter(store, converter, regionNames, messages);
    HelpHandler help = new HelpHandler(messages, converter);
    TopicsHandler topics = new TopicsHandler(messages, store, converter, regionNames);
    // one headline figure for each of the topics people ask about most, as examples in an ask-back
    List<Indicator> featured =
        java.util.stream.Stream.of("湖南进出口总值", "长沙进出口总值", "对非洲进出口", "新三样出口", "汽车出口")
            .flatMap(topic -> ranker.rank(parser.parse(topic)).stream().limit(1))
            .map(Scored::indicator)
            .distinct()
            .limit(5)
            .toList();
    List<IntentHandler> handlers =
        List.of(
            new EmptyMessageHandler(messages),
            new TooLongHandler(messages),
            new RefusalHandler(messages),
            new GreetingHandler(messages),
            help,
            topics,
            new OtherPlaceHandler(messages, regionNames),
            new OffTopicHandler(messages),
            new ArithmeticHandler(messages),
            new PeriodHandler(messages),
            new FactHandler(writer, messages, featured, u.fit(), new AskedReader(u.fit().catalog())));
    Router router = new Router(handlers, new ScopeDeclineHandler(messages));
    long cacheSize = env(ANSWER_CACHE) == null ? 10_000 : Long.parseLong(env(ANSWER_CACHE));
    AskedReader asked = new AskedReader(u.fit().catalog());
    Map<String, String> regionZh = new HashMap<>();
    regionNames.forEach((id, names) -> regionZh.put(id, names[0]));
    TradeAnswerer answerer =
        new TradeAnswerer(
            parser, ranker, router, writer, store, memory, new Ellipsis(lexicon, asked, ranker.regionWords()),
            regionZh, u.normalizer()::fold, cacheSize);
    ClaimChecker checker =
        new ClaimChecker(
            answerer, parser, store, detector, converter, regionZh, new CheckWording(messages, writer, converter));
    Random random = new Random();
    ChatService chat =
        new ChatService(
            answerer, subscriptions, store, messages, help, topics, detector,
            s -> s.indicators().get(random.nextInt(s.indicators().size())),
            observer,
            Ticker.systemTicker(),
            checker);
    return new Core.Snapshot(store, answerer, chat, writer, checker);
  }

  /**
   * Telegram: on when TELEGRAM_BOT_TOKEN is set; TELEGRAM_API_URL names another Bot API server (a
   * local one, or a test fake).
   */
  public Optional<TelegramSettings> telegramSettings() {
    String token = env("TELEGRAM_BOT_TOKEN");
    return token == null ? Optional.empty() : Optional.of(TelegramSettings.of(token, env("TELEGRAM_API_URL")));
  }

  /** The Telegram bot, its update offset kept with the other platform state in the database. */
  public TelegramBot telegramBot(TelegramSettings settings, Core core) {
    PlatformState state = platformState();
    UpdateOffsetStore offsets =
        new UpdateOffsetStore() {
          @Override
          public long load() {
            return state.get("telegram", "update_offset").map(Long::parseLong).orElse(0L);
          }

          @Override
          public void save(long lastHandledUpdateId) {
            state.put("telegram", "update_offset", Long.toString(lastHandledUpdateId));
          }
        };
    return TelegramBot.create(
        settings, core, offsets, clock(), metrics(), telegramIntake(),
        (from, to) -> subscriptionStore().moveChat(TelegramBot.PLATFORM, from, to), telegramSendsPerSecond());
  }

  /**
   * How many messages a second this process may send to Telegram (TELEGRAM_SENDS_PER_SECOND, default
   * 30, Telegram's limit per bot): with N instances sending for one bot, give each 30/N.
   */
  public int telegramSendsPerSecond() {
    String v = env("TELEGRAM_SENDS_PER_SECOND");
    int n;
    try {
      n = v == null ? 30 : Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("TELEGRAM_SENDS_PER_SECOND must be a whole number, not: " + v);
    }
    if (n < 1 || n > 1000) {
      throw new IllegalArgumentException("TELEGRAM_SENDS_PER_SECOND must be between 1 and 1000, not: " + v);
    }
    return n;
  }

  /**
   * Long polling, or webhook mode when TELEGRAM_WEBHOOK_URL is set (with TELEGRAM_WEBHOOK_SECRET and
   * TELEGRAM_WEBHOOK_PORT, default 8443), each update then claimed in the shared database.
   */
  public TelegramIntake telegramIntake() {
    String url = env("TELEGRAM_WEBHOOK_URL");
    if (url == null) {
      return TelegramIntake.polling();
    }
    TelegramWebhook hook = TelegramWebhook.of(url, env("TELEGRAM_WEBHOOK_PORT"), env("TELEGRAM_WEBHOOK_SECRET"));
    return new TelegramIntake(
        ChatQueues.Limits.DEFAULT, Optional.of(hook), id -> sharedClaims().claim(TelegramBot.PLATFORM, Long.toString(id)));
  }

  /** Slack: tokens and signing secret from SLACK_*; never logged unmasked (see SlackSettings). */
  public SlackSettings slackSettings() {
    int p = port("SLACK_PORT", SlackSettings.DEFAULT_PORT);
    return new SlackSettings(
        env("SLACK_BOT_TOKEN"), env("SLACK_APP_TOKEN"), env("SLACK_SIGNING_SECRET"),
        new InetSocketAddress(p), env("SLACK_API_URL"));
  }

  public SlackBot slackBot(SlackSettings settings, Core core) {
    // the database is opened on the first event, so Slack answers even while it is down at start-up
    return SlackBot.build(
        settings, core, tradebot.slack.Sleeper.real(), eventId -> sharedClaims().claim(SlackBot.PLATFORM, eventId),
        metrics(), clock())
        .withHome(slackSubscriptions(), clock());
  }

  /** The App Home's view of the daily-fact subscriptions; the database is opened when a Home is first shown. */
  public tradebot.slack.SubscriptionDirectory slackSubscriptions() {
    return new tradebot.slack.SubscriptionDirectory() {
      @Override
      public List<tradebot.subscribe.Subscription> ofChannels(java.util.Collection<String> channelIds) {
        SubscriptionStore store = subscriptionStore();
        return channelIds.stream()
            .flatMap(c -> store.ofChat(SlackBot.PLATFORM, c).stream())
            .filter(tradebot.subscribe.Subscription::active)
            .toList();
      }

      @Override
      public boolean remove(long id) {
        return subscriptionStore().remove(id);
      }
    };
  }
}
