package tradebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.intent.IndicatorRanker;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.QuestionParser;
import tradebot.intent.Router;
import tradebot.intent.Turn;
import tradebot.reply.Evidence;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.Lang;

/**
 * Answers questions: splits a message into its questions, routes each, and merges the answers. A
 * bounded Caffeine cache (normalised question → reply) holds replies to messages that need no
 * conversation memory; follow-ups
 * ("增速呢？") look at what this conversation was last told.
 */
public final class TradeAnswerer implements Answerer {

  /** More questions than this in one message are not a question any more. */
  private static final int MAX_CLAUSES = 4;
  /**
   * Longer messages are cut here before any work: they are declined as too long anyway, and a pasted
   * megabyte must cost neither time nor cache memory.
   */
  private static final int MAX_READ = 1_000;

  private final QuestionParser parser;
  private final IndicatorRanker ranker;
  private final Router router;
  private final ReplyWriter writer;
  private final IndicatorStore store;
  private final ConversationMemory memory;
  private final Cache<String, Reply> cache;
  private final Cache<String, Reply> exact;

  public TradeAnswerer(
      QuestionParser parser,
      IndicatorRanker ranker,
      Router router,
      ReplyWriter writer,
      IndicatorStore store,
      ConversationMemory memory,
      long cacheSize) {
    this.parser = parser;
    this.ranker = ranker;
    this.router = router;
    this.writer = writer;
    this.store = store;
    this.memory = memory;
    // Evictions run on the caller's thread: no hidden executor, and a size of 0 means no caching.
    this.cache = Caffeine.newBuilder().maximumSize(cacheSize).executor(Runnable::run).recordStats().build();
    this.exact = Caffeine.newBuilder().maximumSize(cacheSize).executor(Runnable::run).recordStats().build();
  }

  @Override
  public Reply answer(Query original) {
    Query query =
        original.text().length() <= MAX_READ
            ? original
            : new Query(original.text().substring(0, MAX_READ), original.conversation(), original.fallback());
    List<Indicator> previous = memory.last(query.conversation(), store);
    Reply reply;
    if (previous.isEmpty()) {
      // The exact text is looked up first (no normalising on the hot path); behind it the
      // normalised question, so "ＢＹＤ出口" and "byd出口？" share one answer.
      String fallback = query.fallback() == null ? "" : query.fallback().tag();
      reply =
          exact.get(
              fallback + "\u0000" + query.text(),
              raw ->
                  cache.get(
                      fallback
                          + Clauses.split(query.text(), MAX_CLAUSES).size() // "A？B？" is two questions
                          + parser.cacheKey(query.text()),
                      k -> answerFresh(query, List.of())));
    } else {
      reply = answerFresh(query, previous);
    }
    if (reply.answered()) {
      memory.remember(query.conversation(), reply.evidence().stream().map(e -> e.indicator().id()).toList());
    }
    return reply;
  }

  private Reply answerFresh(Query query, List<Indicator> previous) {
    List<String> clauses = Clauses.split(query.text(), MAX_CLAUSES);
    ParsedQuestion whole = parser.parse(query.text());
    Lang lang = languageOf(whole, query);
    List<Reply> replies = new ArrayList<>();
    List<Indicator> context = previous;
    for (String clause : clauses) {
      ParsedQuestion q = clauses.size() == 1 ? whole : parser.parse(clause);
      Reply r = router.route(new Turn(q, context, lang, ranker));
      replies.add(r);
      if (r.answered()) {
        context = r.evidence().stream().map(Evidence::indicator).toList();
      }
    }
    return merge(replies, lang);
  }

  private static Lang languageOf(ParsedQuestion whole, Query query) {
    boolean saysNothing = whole.folded().codePoints().noneMatch(Character::isLetter);
    boolean command = query.text().strip().startsWith("/");
    if ((saysNothing || command) && query.fallback() != null) {
      return query.fallback();
    }
    return whole.lang();
  }

  private Reply merge(List<Reply> replies, Lang lang) {
    List<Indicator> answered = new ArrayList<>();
    for (Reply r : replies) {
      if (r.answered()) {
        for (Evidence e : r.evidence()) {
          if (!answered.contains(e.indicator())) {
            answered.add(e.indicator());
          }
        }
      }
    }
    if (!answered.isEmpty()) {
      return writer.answer(answered, lang);
    }
    Reply first = replies.get(0);
    return new Reply(first.kind(), lang, first.text(), first.evidence(), first.options());
  }

  @Override
  public Optional<Reply> fact(String indicatorId, Lang lang) {
    return store.indicator(indicatorId).map(i -> writer.answer(List.of(i), lang));
  }

  /** Both levels together: a hit on either is a question answered without parsing. */
  public CacheStats cacheStats() {
    CacheStats first = exact.stats();
    CacheStats second = cache.stats();
    return CacheStats.of(
        first.hitCount() + second.hitCount(),
        second.missCount(),
        second.loadSuccessCount(),
        second.loadFailureCount(),
        second.totalLoadTime(),
        first.evictionCount() + second.evictionCount(),
        first.evictionWeight() + second.evictionWeight());
  }
}
