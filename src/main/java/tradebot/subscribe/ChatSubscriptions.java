package tradebot.subscribe;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.chat.Incoming;
import tradebot.chat.SubscriptionCommands;
import tradebot.reply.Reply;
import tradebot.text.Lang;
import tradebot.text.LanguageDetector;

/** /subscribe, /unsubscribe and /subscriptions for the chat a message came from. */
public final class ChatSubscriptions implements SubscriptionCommands {

  private static final Logger log = LoggerFactory.getLogger(ChatSubscriptions.class);

  private final SubscriptionStore store;
  private final TopicFilter topics;
  private final SubscribeMessages messages;
  private final LanguageDetector detector;

  public ChatSubscriptions(
      SubscriptionStore store, TopicFilter topics, SubscribeMessages messages, LanguageDetector detector) {
    this.store = store;
    this.topics = topics;
    this.messages = messages;
    this.detector = detector;
  }

  @Override
  public Reply handle(Incoming message, String command, String arguments, Lang detected) {
    Lang lang = languageOf(message, arguments, detected);
    try {
      String text =
          switch (command) {
            case "subscribe" -> subscribe(message, arguments, lang);
            case "unsubscribe" -> unsubscribe(message, arguments, lang);
            default -> list(message, lang);
          };
      return Reply.message(Reply.Kind.HELP, lang, text);
    } catch (StorageException e) {
      // The chat itself keeps working when the database is away; say so instead of failing.
      log.error("subscription command /{} for {} failed", command, message.conversation(), e);
      return Reply.message(Reply.Kind.HELP, lang, messages.get(lang, "subscribe.storageDown"));
    }
  }

  private String subscribe(Incoming message, String arguments, Lang lang) {
    SubscribeArgs args;
    try {
      args = SubscribeArgs.parse(arguments);
    } catch (SubscribeArgs.Invalid e) {
      return messages.get(lang, e.time ? "subscribe.badTime" : "subscribe.badZone", "value", e.value);
    }
    if (topics.factIds(args.topic()).isEmpty()) {
      return messages.get(lang, "subscribe.unknownTopic", "topic", args.topic());
    }
    Subscription s =
        store.subscribe(
            new NewSubscription(
                message.platform(),
                message.chatId(),
                args.time().orElse(null),
                args.zone().orElse(null),
                args.topic(),
                lang));
    return messages.get(lang, "subscribe.done", "time", s.time().toString(), "zone", s.zone().getId(),
        "topic", topicLabel(s.topic(), lang));
  }

  private String unsubscribe(Incoming message, String arguments, Lang lang) {
    String topic = arguments.strip();
    int removed = store.unsubscribe(message.platform(), message.chatId(), topic.isEmpty() ? null : topic);
    if (removed == 0) {
      return messages.get(lang, "subscriptions.none");
    }
    return topic.isEmpty()
        ? messages.get(lang, "unsubscribe.done")
        : messages.get(lang, "unsubscribe.topicDone", "topic", topic);
  }

  private String list(Incoming message, Lang lang) {
    List<Subscription> mine = store.ofChat(message.platform(), message.chatId());
    if (mine.isEmpty()) {
      return messages.get(lang, "subscriptions.none");
    }
    StringBuilder sb = new StringBuilder(messages.get(lang, "subscriptions.header"));
    for (Subscription s : mine) {
      sb.append('\n').append(messages.get(lang, "subscriptions.line", "time", s.time().toString(),
          "zone", s.zone().getId(), "topic", topicLabel(s.topic(), lang)));
      if (!s.active()) {
        sb.append(' ').append(messages.get(lang, "subscriptions.stopped"));
      }
    }
    return sb.toString();
  }

  private String topicLabel(String topic, Lang lang) {
    return topic.isEmpty()
        ? messages.get(lang, "subscribe.allTopics")
        : messages.get(lang, "subscribe.oneTopic", "topic", topic);
  }

  /**
   * Times and zone ids ("08:30 Europe/Berlin") say nothing about the asker's language, so only a
   * Chinese or Latin topic word decides; otherwise the platform's language code does.
   */
  private Lang languageOf(Incoming message, String arguments, Lang chatLanguage) {
    StringBuilder han = new StringBuilder();
    arguments.codePoints()
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .forEach(han::appendCodePoint);
    if (han.length() > 0) {
      return detector.detect(han.toString());
    }
    try {
      if (!SubscribeArgs.parse(arguments).topic().isBlank()) {
        return Lang.ENGLISH;
      }
    } catch (SubscribeArgs.Invalid e) {
      // refused below, in the chat's language
    }
    // a time and zone say nothing of the language: the one the chat writes in, else the platform's
    return chatLanguage != null ? chatLanguage : Lang.fromLanguageCode(message.languageCode());
  }
}
