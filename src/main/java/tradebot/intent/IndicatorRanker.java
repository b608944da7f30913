package tradebot.intent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebot.extract.Places;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.EnglishWords;
import tradebot.text.Normalizer;

/**
 * Scores every indicator against a question. The vocabulary comes from the store: each indicator's
 * Chinese and English keywords (matched as phrases, rarer and longer phrases weigh more), the
 * Chinese character pairs of its sentence and metric (which tolerate paraphrase and typos), and its
 * English keyword words. Region, period and aspect slots then raise or lower the scores.
 */
public final class IndicatorRanker {

  private static final double BIGRAM_WEIGHT = 0.35;
  private static final double ENGLISH_WORD_WEIGHT = 0.8;
  /** Lifts the headline figure above everything when only a place and "trade" were asked. */
  private static final double HEADLINE_BONUS = 12.0;
  /** Share of a score kept by an indicator that covers none of the question's content words. */
  private static final double COVERAGE_FLOOR = 0.6;
  /** How much each word of a measure that the question does not say costs (see specificity). */
  private static final double SPECIFICITY_WEIGHT = 0.06;
  private static final Set<String> SPECIFICITY_FILLER = Set.of("the", "and", "value", "total", "amount");

  private final List<Indicator> indicators;
  private final PhraseMatcher<Integer> zhPhrases;
  private final PhraseMatcher<Integer> enPhrases;
  private final Map<String, Double> phraseWeight = new HashMap<>();
  private final List<Set<String>> bigrams = new ArrayList<>();
  private final Map<String, Double> bigramIdf = new HashMap<>();
  private final List<Set<String>> englishDocs = new ArrayList<>();
  private final Map<String, Double> englishIdf = new HashMap<>();
  // which indicators hold each character pair / English word, so scoring touches only those
  private final Map<String, int[]> bigramPostings;
  private final Map<String, int[]> englishPostings;
  private final List<String> foldedSentences = new ArrayList<>();
  private final List<List<String>> foldedKeywords = new ArrayList<>();
  private final Map<String, List<String>> regionNames;
  private final Set<String> regionWords = new HashSet<>();
  private final SlotFactors slots;
  private final Coverage coverage;
  private final MeasureFit measureFit;
  private final Places places;
  private final List<Set<String>> placesMentioned = new ArrayList<>();
  private final List<Set<String>> metricPairs = new ArrayList<>();
  private final List<List<String>> metricTerms = new ArrayList<>();
  private final List<String> foldedMetrics = new ArrayList<>();
  private final List<Set<MeasureFit.Flow>> statedFlows = new ArrayList<>();
  /** Sentences folded without spaces, as glossary terms are matched in them. */
  private final List<String> joinedSentences = new ArrayList<>();
  private final List<Set<String>> metricWords = new ArrayList<>();

  public IndicatorRanker(
      IndicatorStore store, Normalizer normalizer, Lexicon lexicon, Places places, tradebot.extract.Glossary glossary) {
    this.measureFit = new MeasureFit(places, normalizer, glossary);
    this.places = places;
    this.indicators = store.indicators();
    int n = indicators.size();
    Map<String, Set<Integer>> zh = new HashMap<>();
    Map<String, Set<Integer>> en = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Indicator ind = indicators.get(i);
      String sentence = normalizer.fold(ind.sentence());
      foldedSentences.add(sentence);
      Set<String> mentioned = new HashSet<>();
      places.find(tradebot.extract.Dateline.blank(sentence)).forEach(f -> mentioned.add(f.place().id()));
      placesMentioned.add(mentioned);
      List<String> keywords = new ArrayList<>();
      ind.keywordsZh().forEach(k -> keywords.add(normalizer.fold(k)));
      ind.keywordsEn().forEach(k -> keywords.add(normalizer.fold(k)));
      foldedKeywords.add(keywords);
      for (String k : with(ind.keywordsZh(), ind.metricZh())) {
        String f = normalizer.fold(k);
        if (f.length() >= 2) {
          zh.computeIfAbsent(f, x -> new HashSet<>()).add(i);
        }
      }
      Set<String> words = new HashSet<>();
      for (String k : with(ind.keywordsEn(), ind.metricEn())) {
        String f = EnglishWords.stemPhrase(normalizer.fold(k));
        if (!f.isEmpty()) {
          en.computeIfAbsent(f, x -> new HashSet<>()).add(i);
          words.addAll(List.of(f.split(" ")));
        }
      }
      englishDocs.add(words);
      metricWords.add(new HashSet<>(EnglishWords.words(EnglishWords.stemPhrase(normalizer.fold(ind.metricEn())))));
      Set<String> doc = new HashSet<>(bigramsOf(sentence));
      doc.addAll(bigramsOf(normalizer.fold(ind.metricZh())));
      for (String k : ind.keywordsZh()) {
        doc.addAll(bigramsOf(normalizer.fold(k)));
      }
      bigrams.add(doc);
    }
    zh.forEach((p, ids) -> phraseWeight.put("zh:" + p, idf(n, ids.size()) * Math.min(p.length(), 6) / 2.0));
    en.forEach(
        (p, ids) -> {
          int words = p.split(" ").length;
          phraseWeight.put("en:" + p, idf(n, ids.size()) * (words == 1 ? 1.0 : words == 2 ? 1.6 : 2.0));
        });
    this.zhPhrases = new PhraseMatcher<>(zh, false, true);
    this.enPhrases = new PhraseMatcher<>(en, true, true);
    documentFrequencies(bigrams, bigramIdf, n);
    documentFrequencies(englishDocs, englishIdf, n);
    this.bigramPostings = postings(bigrams);
    this.englishPostings = postings(englishDocs);
    this.regionNames = new HashMap<>();
    for (Lexicon.Region r : lexicon.regions()) {
      List<String> names = new ArrayList<>();
      r.zh().forEach(z -> names.add(normalizer.fold(z)));
      regionNames.put(r.id(), names);
      regionWords.addAll(names);
      r.en().forEach(e -> regionWords.addAll(EnglishWords.words(normalizer.fold(e))));
    }
    Map<String, Set<String>> placeNames = new HashMap<>();
    regionWords.forEach(w -> placeNames.put(w, Set.of(w)));
    PhraseMatcher<String> placesInMetric = new PhraseMatcher<>(placeNames, false, false);
    for (int i = 0; i < n; i++) {
      Indicator ind = indicators.get(i);
      String folded = normalizer.fold(ind.metricZh());
      foldedMetrics.add(folded);
      statedFlows.add(MeasureFit.statedFlows(folded));
      joinedSentences.add(foldedSentences.get(i).replace(" ", ""));
      // the place is a slot of its own, not part of what a measure says
      StringBuilder metric = new StringBuilder(folded);
      for (PhraseMatcher.Hit<String> hit : placesInMetric.find(folded)) {
        for (int k = hit.start(); k < hit.end(); k++) {
          metric.setCharAt(k, ' ');
        }
      }
      metricPairs.add(new HashSet<>(bigramsOf(metric.toString())));
      // a stated fact's description names its context, which a question need not repeat
      boolean figure = ind.kind() != Indicator.Kind.FACT && ind.kind() != Indicator.Kind.DATE;
      metricTerms.add(figure ? measureFit.qualifiers(metric.toString().replace(" ", "")) : List.of());
    }
    this.slots = new SlotFactors(regionNames);
    this.coverage = new Coverage(bigrams, bigramIdf.keySet(), englishDocs, regionWords);
  }

  private static List<String> with(List<String> list, String extra) {
    List<String> all = new ArrayList<>(list);
    all.add(extra);
    return all;
  }

  private static double idf(int n, int df) {
    return Math.log(1.0 + (double) n / df);
  }

  private static void documentFrequencies(List<Set<String>> docs, Map<String, Double> idf, int n) {
    Map<String, Integer> df = new HashMap<>();
    docs.forEach(d -> d.forEach(t -> df.merge(t, 1, Integer::sum)));
    df.forEach((t, c) -> idf.put(t, idf(n, c)));
  }

  private static Map<String, int[]> postings(List<Set<String>> docs) {
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      for (String t : docs.get(i)) {
        lists.computeIfAbsent(t, x -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> out = new HashMap<>();
    lists.forEach((t, ids) -> out.put(t, ids.stream().mapToInt(Integer::intValue).toArray()));
    return out;
  }

  static List<String> bigramsOf(String folded) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < folded.length(); i++) {
      char a = folded.charAt(i);
      char b = folded.charAt(i + 1);
      if (isHanOrDigit(a) && isHanOrDigit(b) && (isHan(a) || isHan(b))) {
        out.add(folded.substring(i, i + 2));
      }
    }
    return out;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isHanOrDigit(char c) {
    return isHan(c) || Character.isDigit(c);
  }

  /** All indicators with a positive score, best first. */
  public List<Scored> rank(ParsedQuestion q) {
    double[] keyword = new double[indicators.size()];
    double[] pairs = new double[indicators.size()];
    double[] english = new double[indicators.size()];
    List<PhraseMatcher.Hit<Integer>> hits = new ArrayList<>();
    zhPhrases.find(q.folded()).forEach(h -> hits.add(h));
    if (!q.englishText().isEmpty()) {
      enPhrases.find(q.englishText()).forEach(h -> hits.add(new PhraseMatcher.Hit<>(
          "en:" + h.phrase(), -1 - h.start(), -1 - h.end() + 1, h.payload())));
    }
    creditKeywords(hits, keyword);
    for (String pair : new HashSet<>(bigramsOf(q.matchText()))) {
      int[] postings = bigramPostings.get(pair);
      if (postings != null) {
        double idf = bigramIdf.get(pair);
        for (int i : postings) {
          pairs[i] += idf;
        }
      }
    }
    for (String w : new HashSet<>(q.englishWords())) {
      int[] postings = englishPostings.get(w);
      if (postings != null) {
        double idf = englishIdf.get(w);
        for (int i : postings) {
          english[i] += idf;
        }
      }
    }
    boolean headlineQuestion = q.genericOnly(regionWords);
    Set<String> questionPairs = new HashSet<>(bigramsOf(q.matchText()));
    Set<String> askedTerms = measureFit.askedTerms(q);
    MeasureFit.Question asked = measureFit.read(q);
    boolean dollarsAsked = asked.dimension() == MeasureFit.Dimension.USD;
    Set<String> questionWords = new HashSet<>(q.englishWords());
    Coverage.Terms terms = coverage.terms(q);
    List<Scored> scored = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      double base = keyword[i] + BIGRAM_WEIGHT * pairs[i] + ENGLISH_WORD_WEIGHT * english[i];
      if (headlineQuestion && indicators.get(i).headline()) {
        base += HEADLINE_BONUS;
      }
      if (base <= 0) {
        continue;
      }
      Indicator ind = indicators.get(i);
      if (!measureFit.fits(asked, ind, foldedMetrics.get(i), statedFlows.get(i), foldedKeywords.get(i), englishDocs.get(i))
          || !measureFit.termsFit(askedTerms, q.folded(), metricTerms.get(i), foldedKeywords.get(i), englishDocs.get(i),
              joinedSentences.get(i), questionWords)) {
        continue;
      }
      String sentence = foldedSentences.get(i);
      double s =
          base
              * slots.region(q, ind, sentence)
              * slots.period(q, ind, sentence)
              * SlotFactors.aspect(q, ind);
      // Between otherwise equal candidates, the exact figure (303.5亿元) beats the rounded one
      // (突破303亿元), and the one that also states its growth beats the one that does not.
      s *= (ind.qualifier() == null || ind.qualifier().isBlank() ? 1.02 : 1.0) * (ind.hasGrowth() ? 1.01 : 1.0);
      // A sub-phrase match (进出口总额 inside 对非洲国家进出口总额) loses to the figure that also
      // accounts for the rest of the question.
      s *= COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage.of(terms, i);
      s *= specificity(q, i, questionPairs);
      // a total stated in yuan and in dollars: yuan, the articles' own currency, unless dollars are asked
      if (ind.unit().contains("美元") && !dollarsAsked) {
        s *= 0.98;
      }
      scored.add(new Scored(ind, s));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    return scored;
  }

  /**
   * Between figures that match the question alike, the one whose measure says no more than was asked:
   * "how much did Hunan export" is total exports, not high-tech exports, which also mention exports.
   */
  private double specificity(ParsedQuestion q, int i, Set<String> questionPairs) {
    int extra = 0;
    if (q.lang() == tradebot.text.Lang.ENGLISH) {
      Set<String> asked = new HashSet<>(q.englishWords());
      for (String w : metricWords.get(i)) {
        if (w.length() > 2 && !asked.contains(w) && !SPECIFICITY_FILLER.contains(w)) {
          extra++;
        }
      }
    } else {
      for (String pair : metricPairs.get(i)) {
        if (!questionPairs.contains(pair)) {
          extra++;
        }
      }
    }
    return 1.0 / (1.0 + SPECIFICITY_WEIGHT * extra);
  }

  /**
   * Each indicator is credited with the longest of its own phrases that cover the question without
   * overlapping one another: 长沙进出口总值 and 进出口总值 are one mention, not two, so indicators with
   * many near-synonymous keywords do not outscore precise ones.
   */
  private void creditKeywords(List<PhraseMatcher.Hit<Integer>> hits, double[] keyword) {
    hits.sort(Comparator.comparingInt((PhraseMatcher.Hit<Integer> h) -> -(Math.abs(h.end() - h.start()))));
    Map<Integer, List<int[]>> taken = new HashMap<>();
    for (PhraseMatcher.Hit<Integer> hit : hits) {
      boolean english = hit.phrase().startsWith("en:");
      double w = phraseWeight.get(english ? hit.phrase() : "zh:" + hit.phrase());
      // English spans are stored negated so they never collide with Chinese ones.
      int a = Math.min(hit.start(), hit.end());
      int b = Math.max(hit.start(), hit.end());
      for (int i : hit.payload()) {
        List<int[]> spans = taken.computeIfAbsent(i, x -> new ArrayList<>());
        boolean overlaps = false;
        for (int[] span : spans) {
          if (a < span[1] && span[0] < b) {
            overlaps = true;
            break;
          }
        }
        if (!overlaps) {
          spans.add(new int[] {a, b});
          keyword[i] += w;
        }
      }
    }
  }

  /**
   * How much of what the question says (beyond place, period and cue words) the indicator accounts
   * for, from 0 to 1; see {@link Coverage}.
   */
  public double coverage(ParsedQuestion q, Indicator indicator) {
    return coverage.of(coverage.terms(q), indicators.indexOf(indicator));
  }

  /** How many content terms (character pairs the articles use, English words) a question has. */
  public int contentSize(ParsedQuestion q) {
    return coverage.terms(q).size();
  }

  /**
   * Whether an indicator's sentence or keywords name this (folded) phrase: 湘粤非 is about 广东
   * although the sentence never spells the province out.
   */
  public boolean sentenceMentions(Indicator indicator, String foldedPhrase) {
    int i = indicators.indexOf(indicator);
    return i >= 0
        && (foldedSentences.get(i).contains(foldedPhrase)
            || foldedKeywords.get(i).stream().anyMatch(k -> k.contains(foldedPhrase)));
  }

  /**
   * Whether an indicator is about a region: its own, one inside it, or a province-wide fact whose
   * sentence names it.
   */
  public boolean concerns(Indicator indicator, String region) {
    if (indicator.region().equals(region)
        || (region.equals("hunan") && indicator.region().startsWith("changsha"))
        || (region.equals("changsha") && indicator.region().equals("changsha_ftz"))) {
      return true;
    }
    // A province-wide or national fact may name the city ("郴州、株洲、常德…实现稳健增长"); another
    // city's own figure (益阳's growth, in the same sentence) is not about it.
    if (places.within(indicator.region(), region)) {
      return true;
    }
    boolean broad =
        indicator.region().equals("hunan") || indicator.region().equals("china")
            || places.within(region, indicator.region());
    int i = indicators.indexOf(indicator);
    // a dateline (本报长沙…讯) or an agency (长沙海关) does not make a sentence about the city
    return broad && i >= 0 && placesMentioned.get(i).contains(region);
  }

  /** Region names (Chinese, folded) and English region words, which are slots rather than content. */
  public Set<String> regionWords() {
    return java.util.Collections.unmodifiableSet(regionWords);
  }

  /** The figures' Chinese keywords and measures, folded. */
  public Set<String> chineseKeywords() {
    Set<String> all = new HashSet<>();
    for (List<String> keywords : foldedKeywords) {
      for (String k : keywords) {
        if (!k.isEmpty() && k.chars().noneMatch(c -> c < 0x2E80)) {
          all.add(k);
        }
      }
    }
    return all;
  }

  /** Every Chinese character pair of the sources' sentences, measures and keywords. */
  public Set<String> knownPairs() {
    return java.util.Collections.unmodifiableSet(bigramIdf.keySet());
  }

  public Set<String> englishVocabulary() {
    Set<String> all = new HashSet<>();
    englishDocs.forEach(all::addAll);
    return all;
  }
}
