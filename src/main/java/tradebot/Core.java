package tradebot;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.Optional;
import java.util.function.Supplier;
import tradebot.answer.Answerer;
import tradebot.answer.Query;
import tradebot.answer.TradeAnswerer;
import tradebot.check.ClaimChecker;
import tradebot.chat.Chat;
import tradebot.chat.ChatService;
import tradebot.format.PlainTextRenderer;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.IndicatorStore;
import tradebot.text.Lang;

/**
 * The platform-neutral part of the bot, built by {@link Wiring}. What depends on the knowledge
 * (store, answerer, chat) is read from the current {@link Snapshot} on every call, so a running bot
 * follows articles ingested or removed while it runs; messages and rendering never change.
 */
public final class Core {

  /** One build of everything that depends on the knowledge; replaced as a whole, never edited. */
  public record Snapshot(
      IndicatorStore store, TradeAnswerer answerer, ChatService chat, ReplyWriter writer, ClaimChecker checker) {}

  private final Supplier<Snapshot> current;
  private final Messages messages;
  private final PlainTextRenderer plainText;
  private final Chat chat;
  private final Answerer answerer;

  public Core(Supplier<Snapshot> current, Messages messages, PlainTextRenderer plainText) {
    this.current = current;
    this.messages = messages;
    this.plainText = plainText;
    this.chat = message -> current.get().chat().handle(message);
    this.answerer =
        new Answerer() {
          @Override
          public Reply answer(Query query) {
            return current.get().answerer().answer(query);
          }

          @Override
          public Optional<Reply> fact(String indicatorId, Lang lang) {
            return current.get().answerer().fact(indicatorId, lang);
          }

          @Override
          public Optional<Reply> choose(String conversation, String indicatorId, Lang lang) {
            return current.get().answerer().choose(conversation, indicatorId, lang);
          }
        };
  }

  /** The knowledge as of now. */
  public IndicatorStore store() {
    return current.get().store();
  }

  public Answerer answerer() {
    return answerer;
  }

  public Chat chat() {
    return chat;
  }

  public ReplyWriter writer() {
    return current.get().writer();
  }

  /** Checks claims against the knowledge as of now. */
  public ClaimChecker checker() {
    return current.get().checker();
  }

  public Messages messages() {
    return messages;
  }

  public PlainTextRenderer plainText() {
    return plainText;
  }

  /** The current answer cache's statistics (a new knowledge snapshot starts a new cache). */
  public CacheStats cacheStats() {
    return current.get().answerer().cacheStats();
  }
}
