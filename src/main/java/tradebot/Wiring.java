package tradebot;

import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import tradebot.answer.ConversationMemory;
import tradebot.answer.TradeAnswerer;
import tradebot.chat.ChatService;
import tradebot.chat.SubscriptionCommands;
import tradebot.format.PlainTextRenderer;
import tradebot.intent.Explanation;
import tradebot.intent.IndicatorRanker;
import tradebot.intent.IntentHandler;
import tradebot.intent.Lexicon;
import tradebot.intent.QuestionParser;
import tradebot.intent.Router;
import tradebot.intent.Scored;
import tradebot.intent.handlers.EmptyMessageHandler;
import tradebot.intent.handlers.FactHandler;
import tradebot.intent.handlers.FollowUpHandler;
import tradebot.intent.handlers.GreetingHandler;
import tradebot.intent.handlers.HelpHandler;
import tradebot.intent.handlers.OtherPlaceHandler;
import tradebot.intent.handlers.PeriodHandler;
import tradebot.intent.handlers.RefusalHandler;
import tradebot.intent.handlers.ScopeDeclineHandler;
import tradebot.intent.handlers.TooLongHandler;
import tradebot.intent.handlers.TopicsHandler;
import tradebot.reply.Messages;
import tradebot.reply.ReplyWriter;
import tradebot.store.DataLocation;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.store.StoreLoader;
import tradebot.telegram.FileUpdateOffsetStore;
import tradebot.telegram.TelegramBot;
import tradebot.telegram.TelegramSettings;
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

  private final Map<String, String> env;

  public Wiring(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  public String env(String name) {
    String v = env.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  public DataLocation dataLocation() {
    String dir = env(DATA_DIR);
    return dir == null ? DataLocation.classpath() : DataLocation.directory(Path.of(dir));
  }

  public Core core() {
    return core(ChatService.subscriptionsUnavailable(new Messages()));
  }

  /** The understanding half of the core: store, lexicon, parser and ranker. */
  private record Understanding(
      IndicatorStore store,
      Lexicon lexicon,
      ChineseConverter converter,
      LanguageDetector detector,
      IndicatorRanker ranker,
      QuestionParser parser) {}

  private Understanding understanding() {
    DataLocation data = dataLocation();
    IndicatorStore store = new StoreLoader().load(data);
    Lexicon lexicon = Lexicon.load(data);
    ChineseConverter converter = new ChineseConverter();
    Normalizer normalizer = new Normalizer(converter);
    LanguageDetector detector = new LanguageDetector(converter);
    IndicatorRanker ranker = new IndicatorRanker(store, normalizer, lexicon);
    QuestionParser parser =
        new QuestionParser(
            lexicon, normalizer, detector, ranker.englishVocabulary(), Lexicon.englishDictionary(data));
    return new Understanding(store, lexicon, converter, detector, ranker, parser);
  }

  public Explanation explanation() {
    Understanding u = understanding();
    return new Explanation(u.parser(), u.ranker());
  }

  public Core core(SubscriptionCommands subscriptions) {
    Understanding u = understanding();
    IndicatorStore store = u.store();
    Lexicon lexicon = u.lexicon();
    ChineseConverter converter = u.converter();
    LanguageDetector detector = u.detector();
    IndicatorRanker ranker = u.ranker();
    QuestionParser parser = u.parser();
    Messages messages = new Messages();
    Map<String, String[]> regionNames = new HashMap<>();
    for (Lexicon.Region r : lexicon.regions()) {
      regionNames.put(r.id(), new String[] {r.name(false), r.name(true)});
    }
    ReplyWriter writer = new ReplyWriter(store, converter, regionNames, messages);
    HelpHandler help = new HelpHandler(messages, converter);
    List<Indicator> featured =
        ranker.rank(parser.parse("外贸 进出口总值 对非 新三样 汽车出口")).stream()
            .limit(5)
            .map(Scored::indicator)
            .toList();
    List<IntentHandler> handlers =
        List.of(
            new EmptyMessageHandler(messages),
            new TooLongHandler(messages),
            new RefusalHandler(messages),
            new GreetingHandler(messages),
            new HelpHandler(messages, converter),
            new TopicsHandler(messages, store, converter, regionNames),
            new FollowUpHandler(writer, store),
            new OtherPlaceHandler(messages),
            new PeriodHandler(messages),
            new FactHandler(writer, messages, featured));
    Router router = new Router(handlers, new ScopeDeclineHandler(messages));
    ConversationMemory memory = new ConversationMemory(Duration.ofMinutes(30), 100_000, Ticker.systemTicker());
    long cacheSize = env(ANSWER_CACHE) == null ? 10_000 : Long.parseLong(env(ANSWER_CACHE));
    TradeAnswerer answerer = new TradeAnswerer(parser, ranker, router, writer, store, memory, cacheSize);
    Random random = new Random();
    ChatService chat =
        new ChatService(
            answerer, subscriptions, store, messages, help, detector,
            s -> s.indicators().get(random.nextInt(s.indicators().size())));
    return new Core(store, answerer, chat, messages, writer, new PlainTextRenderer(messages));
  }

  /**
   * Telegram: on when TELEGRAM_BOT_TOKEN is set; TELEGRAM_API_URL names another Bot API server (a
   * local one, or a test fake). The update offset is kept under TRADEBOT_HOME (default ./var).
   */
  public Optional<TelegramSettings> telegramSettings() {
    String token = env("TELEGRAM_BOT_TOKEN");
    if (token == null) {
      return Optional.empty();
    }
    String home = env("TRADEBOT_HOME");
    Path offsetFile = Path.of(home == null ? "var" : home).resolve("telegram-offset");
    return Optional.of(TelegramSettings.of(token, env("TELEGRAM_API_URL"), offsetFile));
  }

  public TelegramBot telegramBot(TelegramSettings settings, Core core) {
    return TelegramBot.create(
        settings, core, new FileUpdateOffsetStore(settings.offsetFile()), Clock.systemUTC());
  }
}
