package tradebot.chat;

import java.util.Locale;
import java.util.Optional;
import tradebot.answer.Answerer;
import tradebot.answer.Query;
import tradebot.check.ClaimChecker;
import tradebot.command.Commands;
import tradebot.intent.handlers.HelpHandler;
import tradebot.intent.handlers.TopicsHandler;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.Lang;
import tradebot.text.LanguageDetector;

/**
 * What every platform calls with an incoming message: commands (/start, /help, /ask, /check,
 * /topics, /fact, subscriptions) are dispatched here, everything else is a question for the answerer.
 */
public final class ChatService implements Chat {

  private final Answerer answerer;
  private final SubscriptionCommands subscriptions;
  private final IndicatorStore store;
  private final Messages messages;
  private final HelpHandler help;
  private final TopicsHandler topics;
  private final LanguageDetector detector;
  private final FactPicker picker;
  private final MessageObserver observer;
  private final com.github.benmanes.caffeine.cache.Ticker ticker;
  private final ClaimChecker checker;
  private final com.github.benmanes.caffeine.cache.Cache<String, Lang> languages =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder()
          .maximumSize(100_000)
          .expireAfterAccess(java.time.Duration.ofDays(1))
          .executor(Runnable::run)
          .build();

  /** Chooses the fact /fact shows; random in production, fixed in tests. */
  public interface FactPicker {
    Indicator pick(IndicatorStore store);
  }

  /** {@code observer} is told about each message handled, timed by {@code ticker}. */
  public ChatService(
      Answerer answerer,
      SubscriptionCommands subscriptions,
      IndicatorStore store,
      Messages messages,
      HelpHandler help,
      TopicsHandler topics,
      LanguageDetector detector,
      FactPicker picker,
      MessageObserver observer,
      com.github.benmanes.caffeine.cache.Ticker ticker,
      ClaimChecker checker) {
    this.observer = observer;
    this.ticker = ticker;
    this.answerer = answerer;
    this.subscriptions = subscriptions;
    this.store = store;
    this.messages = messages;
    this.help = help;
    this.topics = topics;
    this.detector = detector;
    this.picker = picker;
    this.checker = checker;
  }

  /** A parsed "/name@bot args" command line. */
  public record CommandLine(String name, String arguments) {
    public static Optional<CommandLine> parse(String text) {
      String t = text.strip();
      if (!t.startsWith("/") || t.length() < 2) {
        return Optional.empty();
      }
      int space = t.indexOf(' ');
      String head = space < 0 ? t.substring(1) : t.substring(1, space);
      String args = space < 0 ? "" : t.substring(space + 1).strip();
      int at = head.indexOf('@');
      if (at >= 0) {
        head = head.substring(0, at);
      }
      return Optional.of(new CommandLine(head.toLowerCase(Locale.ROOT), args));
    }
  }

  @Override
  public Reply handle(Incoming message) {
    long start = ticker.read();
    Optional<CommandLine> command = CommandLine.parse(message.text());
    Reply reply = handle(message, command);
    observer.handled(
        message, command.map(c -> "/" + c.name()).orElse("question"), reply,
        java.time.Duration.ofNanos(ticker.read() - start));
    return reply;
  }

  private Reply handle(Incoming message, Optional<CommandLine> command) {
    // A bare command ("/topics") shows no language; answer in the one this chat last wrote in.
    Lang fallback =
        Optional.ofNullable(languages.getIfPresent(message.conversation()))
            .orElse(Lang.fromLanguageCode(message.languageCode()));
    if (command.isEmpty()) {
      Reply reply = answerer.answer(new Query(message.text(), message.conversation(), fallback));
      if (reply.kind() != Reply.Kind.HELP) {
        languages.put(message.conversation(), reply.lang());
      }
      return reply;
    }
    String name = command.get().name();
    String args = command.get().arguments();
    // "/subscribe 08:30 Asia/Shanghai" says nothing of the chat's language: times, zones and ids
    // are not English; the chat's language stands unless the arguments are words
    Lang lang = saysNoLanguage(args) ? fallback : detector.detect(args);
    return switch (name) {
      case "start" -> start(args, fallback);
      case "help" -> Reply.message(Reply.Kind.HELP, lang, help.text(lang));
      case "ask" ->
          args.isBlank()
              ? Reply.message(Reply.Kind.HELP, lang, help.text(lang))
              : answerer.answer(new Query(args, message.conversation(), fallback));
      case "check" ->
          args.isBlank()
              ? Reply.message(Reply.Kind.HELP, lang, messages.get(lang, "check.empty"))
              : checker.check(args).reply();
      case "topics" -> topics.topics(lang);
      case "fact" -> fact(args, lang);
      case "subscribe", "unsubscribe", "subscriptions" ->
          subscriptions.handle(message, name, args, lang);
      default ->
          Reply.message(
              Reply.Kind.HELP,
              fallback,
              messages.get(fallback, "command.unknown", name) + help.commandList(fallback));
    };
  }

  private static boolean saysNoLanguage(String args) {
    String words = args.replaceAll("\\d{1,2}:\\d{2}", " ")
        .replaceAll("\\b[A-Za-z]+/[A-Za-z_/+-]+\\b", " ")
        .replaceAll("\\b(?:UTC|GMT)(?:[+-]\\d{1,2})?\\b", " ")
        .replaceAll("\\b[a-z]+_[a-z0-9_]+\\b", " ");
    return words.codePoints().noneMatch(Character::isLetter);
  }

  private Reply start(String payload, Lang lang) {
    if (payload.startsWith("f_")) {
      Optional<Reply> fact = answerer.fact(payload.substring(2), lang);
      if (fact.isPresent()) {
        return fact.get();
      }
    }
    return Reply.message(Reply.Kind.GREETING, lang, messages.get(lang, "greeting"));
  }

  private Reply fact(String id, Lang lang) {
    if (!id.isBlank()) {
      Optional<Reply> fact = answerer.fact(id.strip(), lang);
      if (fact.isPresent()) {
        return fact.get();
      }
    }
    return answerer.fact(picker.pick(store).id(), lang).orElseThrow();
  }
}
