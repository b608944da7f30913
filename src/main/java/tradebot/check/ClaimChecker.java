package tradebot.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tradebot.answer.Answerer;
import tradebot.answer.Query;
import tradebot.intent.ParsedQuestion;
import tradebot.intent.Periods;
import tradebot.intent.QuestionParser;
import tradebot.reply.Evidence;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;
import tradebot.text.LanguageDetector;

/**
 * Checks a claim against the sources. Its figures are taken out and what remains is asked as a
 * question (so place, period and measure are understood exactly as the bot understands questions);
 * each figure is then compared with the answering facts' figure of the same measure. Clauses that
 * name their own subject ("…，对非进出口303.5亿元") are asked on their own, with the claim's place and
 * year; clauses that do not ("…，增长88%") are about the clause before.
 */
public final class ClaimChecker {

  /** Longer claims are cut here: they cost time and are not a claim any more. */
  private static final int MAX_READ = 1_000;

  /** Words that say how a figure relates, not what it is about. */
  private static final List<String> GENERIC_ZH =
      List.of("全省", "全国", "全市", "同比", "总量", "总值", "总额", "规模", "其中", "比重", "占比", "分别", "达到", "实现", "约",
          "占", "达", "为", "了", "的", "增", "降", "比", "年");

  private static final Set<String> GENERIC_EN =
      Set.of("province", "provincial", "total", "country", "national", "city", "year", "account", "accounting", "accounted",
          "share", "compared", "reached", "reaching", "while", "which", "with", "and", "its", "the", "was", "were", "rose",
          "grew", "fell", "increase", "decline", "percent", "hunan", "changsha", "over", "more", "than", "about", "nearly");

  private final Answerer answerer;
  private final QuestionParser parser;
  private final IndicatorStore store;
  private final LanguageDetector detector;
  private final ChineseConverter converter;
  private final Map<String, String> regionNames;
  private final FigureExtractor extractor = new FigureExtractor();
  private final StatedFigures stated;
  private final CheckWording wording;

  /**
   * @param regionNames region id to its Chinese name, to give a clause the place the claim named
   */
  public ClaimChecker(
      Answerer answerer,
      QuestionParser parser,
      IndicatorStore store,
      LanguageDetector detector,
      ChineseConverter converter,
      Map<String, String> regionNames,
      CheckWording wording) {
    this.answerer = answerer;
    this.parser = parser;
    this.store = store;
    this.detector = detector;
    this.converter = converter;
    this.regionNames = Map.copyOf(regionNames);
    this.stated = new StatedFigures(converter);
    this.wording = wording;
  }

  /** The facts a question is answered with; {@code ambiguous} when the bot would ask back. */
  private record Candidates(List<Indicator> indicators, boolean ambiguous) {
    static final Candidates NONE = new Candidates(List.of(), false);
  }

  public ClaimCheck check(String claim) {
    String raw = claim.length() > MAX_READ ? claim.substring(0, MAX_READ) : claim;
    Lang lang = detector.detect(raw);
    if (raw.isBlank()) {
      return wording.empty(claim, lang);
    }
    String text = ClaimText.prepare(raw, converter);
    List<Found> found = extractor.extract(text);
    if (found.isEmpty()) {
      return wording.noFigure(claim, lang);
    }
    ParsedQuestion whole = parser.parse(blank(text, blanked(found)));
    List<Finding> findings = new ArrayList<>();
    Candidates previous = Candidates.NONE;
    for (int[] clause : clauses(text)) {
      List<Found> own = found.stream().filter(f -> f.start() >= clause[0] && f.start() < clause[1]).toList();
      if (own.isEmpty()) {
        continue;
      }
      String question = blank(text.substring(clause[0], clause[1]), shifted(blanked(own), clause[0]));
      if (own.stream().anyMatch(f -> f.figure().measure() == Measure.RANK)) {
        // the rank is found by what is ranked; its field (全国, 中西部) is then checked, not searched for
        question = RankScope.withoutFields(question);
      }
      ParsedQuestion q = parser.parse(question);
      String asked = withContext(question, q, whole);
      Candidates clauseCandidates =
          hasSubject(q) || previous.indicators().isEmpty() ? candidates(asked, whole) : Candidates.NONE;
      Map<Measure, Candidates> hinted = new HashMap<>();
      Indicator settledBy = null;
      for (Found f : own) {
        Finding finding = settleFigure(f, own, text, clause, question, asked, clauseCandidates, previous, hinted, whole);
        findings.add(finding);
        if (settledBy == null && finding.indicator() != null) {
          settledBy = finding.indicator();
        }
      }
      if (!clauseCandidates.indicators().isEmpty() && !clauseCandidates.ambiguous()) {
        previous = clauseCandidates;
      } else if (settledBy != null) {
        previous = new Candidates(withSiblings(List.of(settledBy)), false);
      }
    }
    return wording.verdict(claim, lang, findings);
  }

  /**
   * Whether a clause names what it is about ("对非进出口303.5亿元") rather than only how it relates
   * ("占全省42.7%", "增长88%", "up 28.9%"): what remains once cue words and the generic words of
   * comparison are gone.
   */
  private boolean hasSubject(ParsedQuestion q) {
    String zh = q.content();
    for (String w : GENERIC_ZH) {
      zh = zh.replace(w, "");
    }
    long han = zh.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    boolean english = q.englishContent().stream().anyMatch(w -> !GENERIC_EN.contains(w) && w.length() > 2);
    return han >= 2 || english;
  }

  /**
   * The clause's own subject first; a clause the bot cannot place ("占全省63.1%", "增长88%") is about
   * the clause before; then the words up to the figure and the thing it counts ("Hunan exported 28
   * tunnel boring machines", of "… worth over 50 million yuan each"); a last try names the measure.
   */
  private Finding settleFigure(
      Found f, List<Found> own, String text, int[] clause, String question, String asked, Candidates clauseCandidates,
      Candidates previous, Map<Measure, Candidates> hinted, ParsedQuestion whole) {
    String raw = text.substring(clause[0], clause[1]);
    Finding finding = clauseCandidates.ambiguous() ? Finding.unsettled(f.figure()) : settle(f.figure(), clauseCandidates, question, raw);
    if (finding.indicator() == null) {
      Finding before = settle(f.figure(), previous, question, raw);
      finding = before.indicator() != null ? before : settle(f.figure(), clauseCandidates, question, raw);
    }
    String local = asked;
    if (finding.indicator() == null && own.size() > 1) {
      int end = localEnd(text, f.end(), clause[1], own);
      String words = blank(text.substring(clause[0], end), shifted(blanked(own.stream().filter(o -> o.start() < end).toList()), clause[0]));
      local = withContext(words, parser.parse(words), whole);
      finding = settle(f.figure(), candidates(local, whole), words, raw);
    }
    if (finding.indicator() == null && !clauseCandidates.indicators().isEmpty()) {
      String hintedQuestion = local + " " + wording.hint(f.figure().measure());
      Candidates more =
          own.size() > 1 ? candidates(hintedQuestion, whole)
              : hinted.computeIfAbsent(f.figure().measure(), m -> candidates(hintedQuestion, whole));
      finding = settle(f.figure(), more, question, raw);
    }
    return finding;
  }

  /** Where the words about a figure end: three words (or four characters) after it, before the next figure. */
  private static int localEnd(String text, int figureEnd, int clauseEnd, List<Found> own) {
    int limit = clauseEnd;
    for (Found o : own) {
      if (o.start() >= figureEnd && o.start() < limit) {
        limit = o.start();
      }
    }
    int i = figureEnd;
    int words = 0;
    int han = 0;
    while (i < limit && words < 3 && han < 4) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        han++;
      } else if (c == ' ' && i > figureEnd && text.charAt(i - 1) != ' ') {
        words++;
      }
      i++;
    }
    return i;
  }

  /** Ranks stay in the question: 居中西部第一 says which figure is meant. */
  private static List<Found> blanked(List<Found> found) {
    return found.stream().filter(f -> f.figure().measure() != Measure.RANK).toList();
  }

  private static List<Found> shifted(List<Found> found, int by) {
    return found.stream().map(f -> new Found(f.figure(), f.start() - by, f.end() - by)).toList();
  }

  /** Clause boundaries: Chinese and English clause punctuation (thousands commas are gone by now). */
  private static List<int[]> clauses(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean cut = c == '，' || c == '；' || c == '。' || c == ';'
          || (c == ',' && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))))
          || (c == '.' && (i + 1 >= text.length() || text.charAt(i + 1) == ' ') && !(i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))));
      if (cut) {
        out.add(new int[] {start, i});
        start = i + 1;
      }
    }
    out.add(new int[] {start, text.length()});
    return out;
  }

  private static String blank(String text, List<Found> found) {
    StringBuilder sb = new StringBuilder(text);
    for (Found f : found) {
      for (int i = Math.max(0, f.start()); i < f.end() && i < sb.length(); i++) {
        sb.setCharAt(i, ' ');
      }
    }
    return sb.toString();
  }

  /** A clause that names no place or year gets the claim's. */
  private String withContext(String question, ParsedQuestion q, ParsedQuestion whole) {
    StringBuilder prefix = new StringBuilder();
    if (q.regions().isEmpty()) {
      whole.regions().forEach(r -> prefix.append(regionNames.getOrDefault(r, "")).append(' '));
    }
    if (q.years().isEmpty()) {
      whole.years().forEach(y -> prefix.append(y).append("年 "));
    }
    return prefix + question;
  }

  private Candidates candidates(String question, ParsedQuestion whole) {
    Reply reply = answerer.answer(Query.of(question));

    List<Indicator> found = new ArrayList<>();
    boolean ambiguous = false;
    if (reply.answered()) {
      reply.evidence().stream().map(Evidence::indicator).forEach(found::add);
    } else if (reply.kind() == Reply.Kind.CLARIFY) {
      ambiguous = true;
      reply.options().forEach(o -> store.indicator(o.indicatorId()).ifPresent(found::add));
    }
    if (!whole.years().isEmpty()) {
      found.removeIf(i -> whole.years().stream().noneMatch(y -> Periods.covers(i.period(), y)));
    }
    return new Candidates(withSiblings(found), ambiguous);
  }

  /**
   * The other figures of an answering sentence, after the answer's own (the share and the amount of
   * 长沙's trade are one sentence; 连续5年 and 超千列 too): a claim may give several.
   */
  private List<Indicator> withSiblings(List<Indicator> found) {
    Set<Indicator> all = new LinkedHashSet<>(found);
    for (Indicator i : found) {
      for (Indicator other : store.indicators()) {
        if (other.sentence().equals(i.sentence()) && other.region().equals(i.region())) {
          all.add(other);
        }
      }
    }
    return List.copyOf(all);
  }

  /**
   * The first candidate with a figure of the claim's measure settles it (when the answering sentence
   * has several, the one whose wording the claim shares most: 连续7年居中西部第一, not 连续4年保持在500亿元以上);
   * when the bot would have asked back, only a candidate that agrees does (the claim's figure tells
   * which one was meant).
   */
  private Finding settle(Figure claimed, Candidates candidates, String clause, String raw) {
    List<Finding> comparable = new ArrayList<>();
    for (Indicator i : candidates.indicators()) {
      compare(claimed, i, raw).ifPresent(comparable::add);
    }
    if (comparable.isEmpty()) {
      return Finding.unsettled(claimed);
    }
    if (candidates.ambiguous()) {
      return comparable.stream().filter(Finding::agrees).findFirst().orElse(Finding.unsettled(claimed));
    }
    Finding best = comparable.get(0);
    int bestOverlap = overlap(clause, best.indicator());
    for (Finding f : comparable) {
      if (f.indicator().sentence().equals(best.indicator().sentence())) {
        int o = overlap(clause, f.indicator());
        if (o > bestOverlap) {
          best = f;
          bestOverlap = o;
        }
      }
    }
    return best;
  }

  /** Character pairs a clause shares with an indicator's Chinese metric name. */
  private int overlap(String clause, Indicator indicator) {
    String metric = converter.toSimplified(indicator.metricZh());
    Set<String> pairs = new java.util.HashSet<>();
    for (int k = 0; k + 1 < metric.length(); k++) {
      pairs.add(metric.substring(k, k + 2));
    }
    int n = 0;
    for (int k = 0; k + 1 < clause.length(); k++) {
      if (pairs.remove(clause.substring(k, k + 2))) {
        n++;
      }
    }
    return n;
  }

  private Optional<Finding> compare(Figure claimed, Indicator indicator, String clause) {
    for (Figure s : stated.of(indicator)) {
      if (Agreement.comparable(claimed, s)) {
        Outcome outcome = Agreement.compare(claimed, s);
        if (claimed.measure() == Measure.RANK && outcome != Outcome.DISAGREES && !sameField(claimed, indicator, clause)) {
          outcome = Outcome.DISAGREES; // first nationwide is not first in central and western China
        }
        return Optional.of(new Finding(claimed, indicator, s, outcome));
      }
    }
    return Optional.empty();
  }

  /** Whether a claimed rank is in the field the source ranks in, when both say which. */
  private boolean sameField(Figure claimed, Indicator indicator, String clause) {
    int at = clause.indexOf(claimed.written());
    int end = at < 0 ? clause.length() : at + claimed.written().length();
    // 全国第一 names its field before the rank, "first in China" after it
    Optional<String> claimedField = RankScope.of(clause.substring(0, end));
    if (claimedField.isEmpty()) {
      claimedField = RankScope.of(clause.substring(end, Math.min(clause.length(), end + 40)));
    }
    String statedText = converter.toSimplified(indicator.value()) + " " + (indicator.valueEn() == null ? "" : indicator.valueEn());
    Optional<String> statedField = RankScope.of(statedText);
    if (statedField.isEmpty()) {
      String sentence = converter.toSimplified(indicator.sentence());
      int v = sentence.indexOf(converter.toSimplified(indicator.value()));
      statedField = v < 0 ? Optional.empty() : RankScope.of(sentence.substring(Math.max(0, v - 8), v));
    }
    return claimedField.isEmpty() || statedField.isEmpty() || claimedField.equals(statedField);
  }
}
