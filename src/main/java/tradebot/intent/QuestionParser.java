package tradebot.intent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Clock;
import java.time.LocalDate;
import tradebot.extract.PeriodExtractor;
import tradebot.text.EnglishWords;
import tradebot.text.LanguageDetector;
import tradebot.text.Normalizer;
import tradebot.text.TypoCorrector;

/** Turns a message into a {@link ParsedQuestion}: language, slots and the words that remain. */
public final class QuestionParser {

  private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?![\\d.%])");

  /** Words that name a part of a year: the period slot, not what is asked about. */
  private static final Set<String> PERIOD_WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "oct", "nov", "dec", "first", "second", "third", "fourth", "quarter", "half", "month",
          "q1", "q2", "q3", "q4", "h1", "h2", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "eleven", "twelve", "whole", "full", "entire", "year");

  /** 全国 in "在全国排第几" is the field of a ranking, not a place asked about. */
  private static final Pattern RANK_AFTER = Pattern.compile("\\s*(?:中|范围内|各省|省份)?\\s*(?:排|第|居|位|首位|前列|领先|名列)");

  /** What a cue phrase signals; a phrase can signal several things. */
  private record Cue(String kind, String value) {}

  private final Normalizer normalizer;
  private final LanguageDetector detector;
  private final TypoCorrector typos;
  private final PhraseMatcher<Cue> zhCues;
  private final PhraseMatcher<Cue> enCues;
  private final Set<String> zhQuestionWords;
  private final Set<String> enStopWords;
  private final Map<String, String> synonyms;
  private final Clock clock;
  private final tradebot.text.ChineseTypos chineseTypos;
  private final PeriodExtractor periods = new PeriodExtractor();
  private final PlaceTypos placeTypos;

  /**
   * @param englishVocabulary the store's English words, which typos are corrected towards
   * @param englishDictionary ordinary English words, which are never "corrected" (beat ≠ bean)
   * @param clock today, against which 去年 and "this year" are read
   */
  public QuestionParser(
      Lexicon lexicon,
      Normalizer normalizer,
      LanguageDetector detector,
      Set<String> englishVocabulary,
      Set<String> englishDictionary,
      Set<String> chineseVocabulary,
      Set<String> knownPairs,
      Clock clock) {
    this.clock = clock;
    this.normalizer = normalizer;
    this.detector = detector;
    List<String> placeNames = new ArrayList<>();
    lexicon.regions().forEach(r -> r.zh().forEach(z -> placeNames.add(normalizer.fold(z))));
    Set<String> elsewhere = new HashSet<>();
    lexicon.otherPlaces().zh().forEach(z -> elsewhere.add(normalizer.fold(z)));
    this.placeTypos = new PlaceTypos(placeNames, elsewhere);
    this.synonyms = new java.util.LinkedHashMap<>();
    // longest first, so 电动车 is rewritten before anything it contains
    lexicon.synonyms().entrySet().stream()
        .sorted((a, b) -> b.getKey().length() - a.getKey().length())
        .forEach(e -> synonyms.put(normalizer.fold(e.getKey()), normalizer.fold(e.getValue())));
    Map<String, Set<Cue>> zh = new HashMap<>();
    Map<String, Set<Cue>> en = new HashMap<>();
    for (Lexicon.Region r : lexicon.regions()) {
      add(zh, en, new Lexicon.Words(r.zh(), r.en()), new Cue("region", r.id()));
    }
    // each place carries its name as listed, so "united states" matched by stem is named so
    lexicon.otherPlaces().zh().forEach(w -> addOne(zh, en, w, new Cue("place", w)));
    lexicon.otherPlaces().en().forEach(w -> en.computeIfAbsent(w, k -> new HashSet<>()).add(new Cue("place", w)));
    // "-1" is last year from today; "2021-2025" is a named span
    lexicon.relativeYears()
        .forEach(
            (phrase, year) ->
                addOne(zh, en, phrase, new Cue(year.matches("[+-]\\d+") ? "relative" : "year", year.replace("+", ""))));
    add(zh, en, lexicon.subYearPeriods(), new Cue("subyear", null));
    add(zh, en, lexicon.offTopic(), new Cue("offtopic", null));
    add(zh, en, lexicon.arithmetic(), new Cue("arithmetic", null));
    // longest match wins, so an agency or airport named after a city hides the city
    add(zh, en, lexicon.entities(), new Cue("entity", null));
    lexicon.aspects().forEach((aspect, words) -> add(zh, en, words, new Cue("aspect", aspect)));
    lexicon.refusal().forEach((kind, words) -> add(zh, en, words, new Cue("refusal", kind)));
    add(zh, en, lexicon.greeting(), new Cue("greeting", null));
    add(zh, en, lexicon.help(), new Cue("help", null));
    add(zh, en, lexicon.topics(), new Cue("topics", null));
    add(zh, en, lexicon.genericTrade(), new Cue("generic", null));
    this.zhCues = new PhraseMatcher<>(fold(zh), false, false);
    this.enCues = new PhraseMatcher<>(stem(en), true, false);
    this.zhQuestionWords = new HashSet<>();
    lexicon.questionWords().zh().forEach(w -> zhQuestionWords.add(normalizer.fold(w)));
    // cue words and question words are known too, so 去年 or 多少 is never "corrected" into a term
    Set<String> known = new HashSet<>(chineseVocabulary);
    known.addAll(fold(zh).keySet());
    known.addAll(zhQuestionWords);
    synonyms.forEach((from, to) -> {
      known.add(from);
      known.add(to);
    });
    known.addAll(List.of("多少", "是多少", "多少钱", "几个", "哪些", "什么", "怎么样", "怎样", "如何", "今年", "去年", "明年"));
    this.chineseTypos = new tradebot.text.ChineseTypos(known, knownPairs);
    this.enStopWords = new HashSet<>();
    lexicon.questionWords().en().forEach(w -> enStopWords.add(EnglishWords.stem(normalizer.fold(w))));
    Set<String> vocabulary = new HashSet<>(englishVocabulary);
    en.keySet().forEach(p -> vocabulary.addAll(EnglishWords.words(normalizer.fold(p))));
    vocabulary.addAll(enStopWords);
    this.typos = new TypoCorrector(vocabulary, englishDictionary);
  }

  private static void add(
      Map<String, Set<Cue>> zh, Map<String, Set<Cue>> en, Lexicon.Words words, Cue cue) {
    words.zh().forEach(w -> zh.computeIfAbsent(w, k -> new HashSet<>()).add(cue));
    words.en().forEach(w -> en.computeIfAbsent(w, k -> new HashSet<>()).add(cue));
  }

  private static void addOne(
      Map<String, Set<Cue>> zh, Map<String, Set<Cue>> en, String phrase, Cue cue) {
    boolean latin = phrase.chars().allMatch(c -> c < 0x2E80);
    (latin ? en : zh).computeIfAbsent(phrase, k -> new HashSet<>()).add(cue);
  }

  private Map<String, Set<Cue>> fold(Map<String, Set<Cue>> phrases) {
    Map<String, Set<Cue>> out = new HashMap<>();
    phrases.forEach((p, c) -> out.computeIfAbsent(normalizer.fold(p), k -> new HashSet<>()).addAll(c));
    out.remove("");
    return out;
  }

  private Map<String, Set<Cue>> stem(Map<String, Set<Cue>> phrases) {
    Map<String, Set<Cue>> out = new HashMap<>();
    phrases.forEach(
        (p, c) ->
            out.computeIfAbsent(EnglishWords.stemPhrase(normalizer.fold(p)), k -> new HashSet<>())
                .addAll(c));
    out.remove("");
    return out;
  }

  /**
   * What two messages must share to get the same reply: the folded text and the script to answer
   * in ("長沙外貿" and "长沙外贸" fold alike but are answered in different scripts).
   */
  public String cacheKey(String raw) {
    return detector.detect(raw).tag() + "\u0000" + normalizer.fold(raw);
  }

  public ParsedQuestion parse(String raw) {
    int currentYear = LocalDate.now(clock).getYear();
    String folded = withSynonyms(chineseTypos.correct(placeTypos.fix(normalizer.fold(raw))));
    List<String> words = new ArrayList<>();
    for (String w : EnglishWords.words(folded)) {
      words.add(typos.correct(w));
    }
    String englishText = String.join(" ", words);

    Set<String> regions = new LinkedHashSet<>();
    List<String> places = new ArrayList<>();
    Set<String> years = new LinkedHashSet<>();
    List<String> subYear = new ArrayList<>();
    List<String> offTopic = new ArrayList<>();
    List<String> arithmetic = new ArrayList<>();
    Set<Aspect> aspects = EnumSet.noneOf(Aspect.class);
    Set<String> refusals = new HashSet<>();
    boolean[] flags = new boolean[4]; // greeting, help, topics, generic

    StringBuilder content = new StringBuilder(folded);
    for (PhraseMatcher.Hit<Cue> hit : zhCues.find(folded)) {
      boolean scopeOfRank = RANK_AFTER.matcher(folded.substring(hit.end())).lookingAt();
      for (Cue cue : hit.payload()) {
        if (cue.kind().equals("place") && (namesRegion(hit) || scopeOfRank)) {
          continue;
        }
        apply(currentYear, cue, hit.phrase(), regions, places, years, subYear, offTopic, arithmetic, aspects, refusals, flags);
      }
      boolean keepsMeaning =
          hit.payload().stream().anyMatch(c -> c.kind().equals("region") || c.kind().equals("entity"));
      if (!keepsMeaning) {
        blank(content, hit.start(), hit.end());
      }
    }
    for (PeriodExtractor.Found f : periods.find(folded, currentYear)) {
      blank(content, f.start(), f.end());
    }
    StringBuilder englishContent = new StringBuilder(englishText);
    for (PhraseMatcher.Hit<Cue> hit : enCues.find(englishText)) {
      for (Cue cue : hit.payload()) {
        if (cue.kind().equals("place") && namesRegion(hit)) {
          continue;
        }
        apply(currentYear, cue, hit.phrase(), regions, places, years, subYear, offTopic, arithmetic, aspects, refusals, flags);
      }
      if (hit.payload().stream().noneMatch(c -> c.kind().equals("region") || c.kind().equals("entity"))) {
        blank(englishContent, hit.start(), hit.end());
      }
    }
    Matcher y = YEAR.matcher(folded);
    while (y.find()) {
      years.add(y.group(1));
    }
    int fromMonth = 0;
    int toMonth = 0;
    // folding turns "January–August" into two words, so dashes are read from the raw text too
    String punctuated = java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
    for (String text : List.of(punctuated, folded)) {
      for (PeriodExtractor.Found f : periods.find(text, currentYear)) {
        if (f.period().isPartOfYear() && fromMonth == 0) {
          fromMonth = f.period().fromMonth();
          toMonth = f.period().toMonth();
        }
      }
    }
    // Changsha's FTZ area is also "Changsha"; naming the area is the more specific slot.
    if (regions.contains("changsha_ftz")) {
      regions.remove("changsha");
    }
    // "Changsha's share of Hunan": Hunan is the whole the share is of, not a place asked about.
    if (aspects.contains(Aspect.SHARE) && regions.contains("hunan") && regions.size() > 1) {
      regions.remove("hunan");
    }
    List<String> contentWords = new ArrayList<>();
    for (String w : words) {
      if (!enStopWords.contains(w)) {
        contentWords.add(w);
      }
    }
    List<String> englishRest = new ArrayList<>();
    for (String w : englishContent.toString().split(" ")) {
      if (!w.isEmpty() && !enStopWords.contains(w) && !YEAR.matcher(w).matches() && !PERIOD_WORDS.contains(w)) {
        englishRest.add(w);
      }
    }
    return new ParsedQuestion(
        raw, folded, detector.detect(raw), regions, places, years, fromMonth, toMonth,
        periods.namesWholeYear(folded), subYear, offTopic, arithmetic, aspects,
        refusals, flags[0], flags[1], flags[2], flags[3], stripQuestionWords(content.toString()),
        stripQuestionWords(folded), contentWords, englishRest, englishText);
  }

  /** Colloquial words in the articles' own wording; a word already in that wording is left alone. */
  private String withSynonyms(String folded) {
    String s = folded;
    for (Map.Entry<String, String> e : synonyms.entrySet()) {
      String from = e.getKey();
      if (!s.contains(from) || s.contains(e.getValue())) {
        continue;
      }
      if (from.chars().allMatch(c -> c < 0x2E80)) {
        // English words are replaced whole: "overall" but not "overalls"
        s = s.replaceAll("(?<![a-z])" + java.util.regex.Pattern.quote(from) + "(?![a-z])", e.getValue());
      } else {
        s = s.replace(from, e.getValue());
      }
    }
    return s;
  }

  private String stripQuestionWords(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN && !Character.isDigit(c)) {
        out.append(' ');
        continue;
      }
      out.append(c);
    }
    String s = out.toString();
    for (String w : zhQuestionWords) {
      if (w.length() > 1) {
        s = s.replace(w, " ");
      }
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      String c = String.valueOf(s.charAt(i));
      kept.append(zhQuestionWords.contains(c) ? " " : c);
    }
    return kept.toString().replaceAll("\\s+", " ").strip();
  }

  /** A name that is both a region with figures and an "other place" is the region. */
  private static boolean namesRegion(PhraseMatcher.Hit<Cue> hit) {
    return hit.payload().stream().anyMatch(c -> c.kind().equals("region"));
  }

  private static void blank(StringBuilder sb, int start, int end) {
    for (int i = start; i < end && i < sb.length(); i++) {
      sb.setCharAt(i, ' ');
    }
  }

  private static void apply(
      int currentYear,
      Cue cue,
      String phrase,
      Set<String> regions,
      List<String> places,
      Set<String> years,
      List<String> subYear,
      List<String> offTopic,
      List<String> arithmetic,
      Set<Aspect> aspects,
      Set<String> refusals,
      boolean[] flags) {
    switch (cue.kind()) {
      case "region" -> regions.add(cue.value());
      case "place" -> places.add(cue.value() == null ? phrase : cue.value());
      case "year" -> years.add(cue.value());
      case "relative" -> years.add(Integer.toString(currentYear + Integer.parseInt(cue.value())));
      case "subyear" -> subYear.add(phrase);
      case "offtopic" -> offTopic.add(phrase);
      case "arithmetic" -> arithmetic.add(phrase);
      case "entity" -> {
        // a name, not a slot: matched as content by the indicators' keywords
      }
      case "aspect" -> aspects.add(Aspect.of(cue.value()));
      case "refusal" -> refusals.add(cue.value());
      case "greeting" -> flags[0] = true;
      case "help" -> flags[1] = true;
      case "topics" -> flags[2] = true;
      case "generic" -> flags[3] = true;
      default -> throw new IllegalStateException("unknown cue " + cue.kind());
    }
  }
}
