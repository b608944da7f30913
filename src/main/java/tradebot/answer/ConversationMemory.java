package tradebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;

/**
 * What each conversation was last answered, for follow-ups; forgotten after a quiet spell so an old
 * topic does not leak into a new question.
 */
public final class ConversationMemory {

  private final Cache<String, List<String>> last;

  public ConversationMemory(Duration keepFor, long maxConversations, Ticker ticker) {
    this.last =
        Caffeine.newBuilder()
            .expireAfterWrite(keepFor)
            .maximumSize(maxConversations)
            .ticker(ticker)
            .build();
  }

  void remember(String conversation, List<String> indicatorIds) {
    if (!conversation.isEmpty()) {
      last.put(conversation, List.copyOf(indicatorIds));
    }
  }

  List<Indicator> last(String conversation, IndicatorStore store) {
    if (conversation.isEmpty()) {
      return List.of();
    }
    return Optional.ofNullable(last.getIfPresent(conversation)).orElse(List.of()).stream()
        .flatMap(id -> store.indicator(id).stream())
        .toList();
  }
}
