package tradebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tradebot.reply.Option;
import tradebot.text.Lang;

/**
 * Where each conversation stands, for follow-ups: the question its last subject stands for (with
 * every slot filled in), the language it was asked in, and the options of a question back still
 * open. Forgotten after a quiet spell so an old topic does not leak into a new question.
 */
public final class ConversationMemory {

  /** The last subject of one conversation. */
  record Subject(String question, Lang lang, List<Option> options) {
    Subject {
      options = List.copyOf(options);
    }
  }

  private final Cache<String, Subject> last;
  private final ConversationStore shared;

  public ConversationMemory(Duration keepFor, long maxConversations, Ticker ticker) {
    this.last =
        Caffeine.newBuilder()
            .expireAfterWrite(keepFor)
            .maximumSize(maxConversations)
            .ticker(ticker)
            .executor(Runnable::run)
            .build();
    this.shared = null;
  }

  /** Memory kept in {@code shared} (e.g. the database all instances use) instead of this process. */
  public ConversationMemory(ConversationStore shared) {
    this.last = null;
    this.shared = shared;
  }

  void remember(String conversation, Subject subject) {
    if (conversation.isEmpty()) {
      return;
    }
    if (shared != null) {
      shared.save(conversation, SubjectText.write(subject));
    } else {
      last.put(conversation, subject);
    }
  }

  Optional<Subject> last(String conversation) {
    if (conversation.isEmpty()) {
      return Optional.empty();
    }
    return shared != null
        ? shared.load(conversation).flatMap(SubjectText::read)
        : Optional.ofNullable(last.getIfPresent(conversation));
  }
}
