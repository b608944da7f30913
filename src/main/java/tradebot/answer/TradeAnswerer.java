package tradebot.answer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.intent.Ellipsis;
import tradebot.intent.IndicatorRanker;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.QuestionParser;
import tradebot.intent.Router;
import tradebot.intent.Turn;
import tradebot.reply.Evidence;
import tradebot.reply.Option;
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
  private final Cache<String, Outcome> cache;
  private final Cache<String, Outcome> exact;
  private final Ellipsis ellipsis;
  private final Choices choices;
  private final java.util.Map<String, String> regionNames;

  public TradeAnswerer(
      QuestionParser parser,
      IndicatorRanker ranker,
      Router router,
      ReplyWriter writer,
      IndicatorStore store,
      ConversationMemory memory,
      Ellipsis ellipsis,
      java.util.Map<String, String> regionNames,
      java.util.function.UnaryOperator<String> fold,
      long cacheSize) {
    this.ellipsis = ellipsis;
    this.regionNames = java.util.Map.copyOf(regionNames);
    this.choices = new Choices(store, ranker.regionWords(), fold);
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

  /** A reply and the question, with every slot filled in, that the conversation's subject now is. */
  private record Outcome(Reply reply, String subject) {}

  @Override
  public Reply answer(Query original) {
    Query query =
        original.text().length() <= MAX_READ
            ? original
            : new Query(original.text().substring(0, MAX_READ), original.conversation(), original.fallback());
    Optional<ConversationMemory.Subject> before = memory.last(query.conversation());
    Outcome outcome;
    if (before.isEmpty()) {
      // The exact text is looked up first (no normalising on the hot path); behind it the
      // normalised question, so "ＢＹＤ出口" and "byd出口？" share one answer.
      String fallback = query.fallback() == null ? "" : query.fallback().tag();
      outcome =
          exact.get(
              fallback + "\u0000" + query.text(),
              raw ->
                  cache.get(
                      fallback
                          + Clauses.split(query.text(), MAX_CLAUSES).size() // "A？B？" is two questions
                          + parser.cacheKey(query.text()),
                      k -> answerFresh(query, Optional.empty())));
    } else {
      outcome = answerFresh(query, before);
    }
    remember(query.conversation(), outcome, before);
    return outcome.reply();
  }

  /**
   * A button tapped on an earlier question back, or a shared link opened: that fact, which is then
   * the conversation's subject.
   */
  @Override
  public Optional<Reply> choose(String conversation, String indicatorId, Lang lang) {
    Optional<Indicator> chosen = store.indicator(indicatorId);
    chosen.ifPresent(i -> memory.remember(conversation, new ConversationMemory.Subject(subjectOf(i), lang, List.of())));
    return chosen.map(i -> writer.answer(List.of(i), lang));
  }

  private void remember(String conversation, Outcome outcome, Optional<ConversationMemory.Subject> before) {
    Reply reply = outcome.reply();
    boolean aboutFigures =
        reply.kind() == Reply.Kind.ANSWER
            || reply.kind() == Reply.Kind.CLARIFY
            || (reply.kind() == Reply.Kind.DECLINE && outcome.subject() != null);
    if (aboutFigures) {
      memory.remember(conversation, new ConversationMemory.Subject(
          outcome.subject() == null ? before.map(ConversationMemory.Subject::question).orElse("") : outcome.subject(),
          reply.lang(), reply.options()));
    }
  }

  /** "湖南 2025年 进出口总值": the question a fact chosen from options stands for. */
  private String subjectOf(Indicator i) {
    String place = regionNames.getOrDefault(i.region(), i.region());
    String year = i.period().matches("\\d{4}") ? i.period() + "年" : "";
    return place + " " + year + " " + i.metricZh();
  }

  private Outcome answerFresh(Query query, Optional<ConversationMemory.Subject> before) {
    List<String> clauses = Clauses.split(query.text(), MAX_CLAUSES);
    ParsedQuestion whole = parser.parse(query.text());
    Lang lang = languageOf(whole, query, before.map(ConversationMemory.Subject::lang));
    if (before.isPresent() && clauses.size() == 1) {
      Optional<Option> chosen = choices.pick(whole.folded(), whole, before.get().options());
      if (chosen.isPresent()) {
        Indicator i = store.indicator(chosen.get().indicatorId()).orElseThrow();
        return new Outcome(writer.answer(List.of(i), lang), subjectOf(i));
      }
    }
    List<Reply> replies = new ArrayList<>();
    String subject = before.map(ConversationMemory.Subject::question).orElse(null);
    String lastSubject = null;
    for (String clause : clauses) {
      ParsedQuestion q = clauses.size() == 1 ? whole : parser.parse(clause);
      Optional<String> completed =
          subject == null ? Optional.empty() : ellipsis.complete(q, parser.parse(subject));
      String effective = completed.orElse(clause);
      ParsedQuestion asked = completed.isPresent() ? parser.parse(effective) : q;
      Reply r = router.route(new Turn(asked, List.of(), lang, ranker));
      if (completed.isPresent() && !r.answered() && standsAlone(q)) {
        // a question of its own that happens to leave the place out: answered as it is, if it can be
        Reply alone = router.route(new Turn(q, List.of(), lang, ranker));
        if (alone.answered()) {
          r = alone;
          effective = clause;
          asked = q;
        }
      }
      replies.add(r);
      if (aboutFigures(asked)) {
        subject = effective;
        lastSubject = effective;
      }
    }
    return new Outcome(merge(replies, lang), lastSubject);
  }

  /** A message with content of its own, which may be a new question rather than a follow-up. */
  private boolean standsAlone(ParsedQuestion q) {
    return q.hasContent() && !q.namesOnlyPlaces(ranker.regionWords());
  }

  /** Whether a question is about figures, so that a follow-up may continue it. */
  private static boolean aboutFigures(ParsedQuestion q) {
    return q.refusals().isEmpty() && q.offTopicCues().isEmpty() && !q.greeting() && !q.help() && !q.topics()
        && (!q.regions().isEmpty() || q.genericTrade() || q.hasContent() || !q.aspects().isEmpty());
  }

  private static Lang languageOf(ParsedQuestion whole, Query query, Optional<Lang> conversation) {
    boolean saysNothing = whole.folded().codePoints().noneMatch(Character::isLetter);
    boolean command = query.text().strip().startsWith("/");
    if (saysNothing && conversation.isPresent()) {
      return conversation.get();
    }
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
