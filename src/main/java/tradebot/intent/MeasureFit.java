package tradebot.intent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tradebot.extract.Glossary;
import tradebot.extract.Places;
import tradebot.store.Indicator;
import tradebot.text.EnglishWords;
import tradebot.text.Normalizer;

/**
 * Whether a figure measures what was asked, beyond sharing words with it: the trade flow (进出口
 * contains 出口 and 进口, but neither is the other, and exports are not total trade) and the trading
 * partner (trade with Africa does not answer trade with Nigeria). A figure that fails is not a
 * candidate at all, so a related figure is never passed off as the one asked.
 */
final class MeasureFit {

  enum Flow {
    EXPORT,
    IMPORT,
    BOTH
  }

  private final Places places;
  private final Normalizer normalizer;
  private final Glossary glossary;
  private final tradebot.extract.PeriodExtractor periods = new tradebot.extract.PeriodExtractor();
  private final PhraseMatcher<String> englishTerms;
  /** Each glossary term's English forms, stemmed: two terms sharing one name the same thing. */
  private final java.util.Map<String, Set<String>> forms = new java.util.HashMap<>();

  MeasureFit(Places places, Normalizer normalizer, Glossary glossary) {
    this.places = places;
    this.normalizer = normalizer;
    this.glossary = glossary;
    java.util.Map<String, Set<String>> english = new java.util.HashMap<>();
    for (var e : glossary.entries()) {
      Set<String> stems = new java.util.HashSet<>();
      for (String form : e.getValue()) {
        String stem = EnglishWords.stemPhrase(normalizer.fold(form));
        if (!stem.isBlank()) {
          stems.add(stem);
        }
      }
      forms.put(e.getKey(), stems);
      if (e.getKey().length() >= 2 && !glossary.isGeneric(e.getKey())) {
        stems.forEach(stem -> english.computeIfAbsent(stem, k -> new java.util.HashSet<>()).add(e.getKey()));
      }
    }
    this.englishTerms = new PhraseMatcher<>(english, true, false);
  }

  /** The terms of a measure that narrow it to a part (机电产品, 跨境电商), from the glossary. */
  List<String> qualifiers(String foldedMetric) {
    return withoutPlaces(glossary.qualifiers(foldedMetric));
  }

  /** Partners have a rule of their own (see fits); a place is not a product. */
  private List<String> withoutPlaces(List<String> terms) {
    List<String> out = new ArrayList<>();
    for (String t : terms) {
      // a period (一季度) is a slot of its own too
      if (places.find(t).stream().noneMatch(f -> f.end() - f.start() >= t.length() - 1)
          && periods.find(t, 2000).isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** The narrowing terms a question names, in Chinese or through their English forms. */
  Set<String> askedTerms(ParsedQuestion q) {
    Set<String> out = new java.util.LinkedHashSet<>(withoutPlaces(glossary.qualifiers(q.folded())));
    String english = EnglishWords.stemPhrase(q.englishText());
    if (!english.isBlank()) {
      englishTerms.find(english).forEach(h -> out.addAll(h.payload()));
    }
    return out;
  }

  private boolean sameThing(String a, String b) {
    if (a.equals(b) || a.contains(b) || b.contains(a)) {
      return true;
    }
    Set<String> fa = forms.getOrDefault(a, Set.of());
    return forms.getOrDefault(b, Set.of()).stream().anyMatch(fa::contains);
  }

  /**
   * Both ways: every narrowing term of the measure is asked (机电产品 exports do not answer "exports to
   * Africa"), and every narrowing term asked is in the measure or its keywords (绿茶 is not 脐橙).
   */
  boolean termsFit(
      Set<String> asked, String foldedQuestion, List<String> stated, List<String> foldedKeywords,
      Set<String> englishWords, String foldedSentence, Set<String> questionWords) {
    for (String t : stated) {
      boolean covered =
          foldedQuestion.contains(t)
              || asked.stream().anyMatch(a -> sameThing(a, t))
              || sharesPair(foldedQuestion, t)
              || forms.getOrDefault(t, Set.of()).stream().anyMatch(f -> mostWordsIn(f, questionWords));
      if (!covered) {
        return false;
      }
    }
    for (String a : asked) {
      if (!foldedQuestion.contains(a)) {
        // named in English: its forms overlap too loosely (battery, product) to rule a figure out
        continue;
      }
      boolean covered =
          stated.stream().anyMatch(t -> sameThing(a, t))
              || foldedSentence.contains(a)
              || foldedKeywords.stream().anyMatch(k -> k.contains(a))
              || forms.getOrDefault(a, Set.of()).stream().anyMatch(f -> englishWords.containsAll(List.of(f.split(" "))));
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  /** "lithium ion battery" in "lithium-ion battery exports": at least half the words of a form. */
  private static boolean mostWordsIn(String form, Set<String> words) {
    String[] parts = form.split(" ");
    int found = 0;
    for (String p : parts) {
      if (words.contains(p)) {
        found++;
      }
    }
    return found > 0 && 2 * found >= parts.length;
  }

  /** 自主品牌 asked and 自主品牌产品 stated: two characters in a row in common. */
  private static boolean sharesPair(String text, String term) {
    for (int i = 0; i + 2 <= term.length(); i++) {
      if (text.contains(term.substring(i, i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** What an amount is counted in; a question for money is not answered by tonnes, nor yuan by dollars. */
  enum Dimension {
    CNY,
    USD,
    MONEY,
    WEIGHT,
    OTHER
  }

  /** What a question asks, read once per ranking and held against every figure. */
  record Question(Set<Flow> flows, List<Places.Place> partners, Dimension dimension) {}

  Question read(ParsedQuestion q) {
    return new Question(flows(q.folded(), q.englishWords()), partners(q), asked(q));
  }

  /** The trade flow a figure's measure names; {@code foldedMetric} is its folded metric. */
  static Set<Flow> statedFlows(String foldedMetric) {
    return flows(foldedMetric, List.of());
  }

  /**
   * @param foldedMetric the figure's folded metric, and {@code statedFlows} its flows, both computed
   *     once when the index is built
   */
  boolean fits(
      Question q, Indicator ind, String foldedMetric, Set<Flow> statedFlows, List<String> foldedKeywords,
      Set<String> englishWords) {
    if (!dimensionFits(q.dimension(), ind)) {
      return false;
    }
    if (!q.flows().isEmpty() && !statedFlows.isEmpty() && !q.flows().equals(statedFlows)) {
      return false;
    }
    for (Places.Place partner : q.partners()) {
      boolean named =
          partner.zh().stream().map(normalizer::fold).anyMatch(n -> foldedMetric.contains(n) || foldedKeywords.contains(n))
              || partner.en().stream().anyMatch(e -> foldedKeywords.contains(e) || englishWords.contains(EnglishWords.stem(e)));
      if (!named) {
        return false;
      }
    }
    return true;
  }


  static boolean dimensionFits(Dimension asked, Indicator ind) {
    if (asked == Dimension.OTHER || (ind.kind() != Indicator.Kind.VALUE && ind.kind() != Indicator.Kind.COUNT)) {
      return true;
    }
    Dimension stated = stated(ind.unit());
    return switch (asked) {
      case CNY, USD -> stated == asked;
      case MONEY -> stated == Dimension.CNY || stated == Dimension.USD || stated == Dimension.MONEY;
      case WEIGHT -> stated == Dimension.WEIGHT;
      default -> true;
    };
  }

  static Dimension stated(String unit) {
    String u = unit == null ? "" : unit;
    if (u.contains("美元")) {
      return Dimension.USD;
    }
    if (u.contains("元") || u.equals("亿") || u.equals("億") || u.contains("萬億")) {
      return Dimension.CNY;
    }
    if (u.contains("吨") || u.contains("噸")) {
      return Dimension.WEIGHT;
    }
    return u.contains("欧元") || u.contains("歐元") ? Dimension.MONEY : Dimension.OTHER;
  }

  /** What the question wants the amount in, when it says: 多少吨, 货值, in US dollars. */
  static Dimension asked(ParsedQuestion q) {
    String f = q.folded();
    String en = " " + q.englishText() + " ";
    if (f.contains("美元") || en.contains(" dollar") || en.contains(" usd ") || en.contains(" us$")) {
      return Dimension.USD;
    }
    if (f.contains("人民币") || en.contains(" yuan ") || en.contains(" rmb ")) {
      return Dimension.CNY;
    }
    if (f.contains("吨") || en.contains(" ton") || en.contains(" weight ")) {
      return Dimension.WEIGHT;
    }
    if (f.contains("货值") || f.contains("金额") || f.contains("多少钱") || f.contains("价值")
        || en.contains(" worth ") || en.contains(" export value ") || en.contains(" import value ")) {
      return Dimension.MONEY;
    }
    return Dimension.OTHER;
  }

  /** The trading partners a question names (in Chinese or English), not the places it is about. */
  List<Places.Place> partners(ParsedQuestion q) {
    List<Places.Place> out = new ArrayList<>();
    for (Places.Found f : places.find(q.folded())) {
      if (f.place().isPartner() && !out.contains(f.place())) {
        out.add(f.place());
      }
    }
    // "China-Europe Railway Express", "China-Africa Expo" name programmes, not partners
    String english = " " + q.englishText().replaceAll("china[ -]\\w+|us dollar\\w*|us\\$", " ") + " ";
    for (Places.Place p : places.all()) {
      if (p.isPartner() && !out.contains(p) && p.en().stream().anyMatch(e -> english.contains(" " + e + " "))) {
        out.add(p);
      }
    }
    return out;
  }

  /** 出口 / 进口 / 进出口 (外贸, 贸易, trade) named in a folded text or its English words. */
  static Set<Flow> flows(String folded, List<String> englishWords) {
    Set<Flow> out = EnumSet.noneOf(Flow.class);
    String rest = folded.replace("进出口", "");
    boolean both = rest.length() < folded.length();
    boolean export = rest.contains("出口");
    boolean imports = rest.contains("进口");
    boolean trade = rest.contains("贸易") || rest.contains("外贸");
    for (String w : englishWords) {
      export |= w.startsWith("export");
      imports |= w.startsWith("import");
      trade |= w.equals("trade") || w.equals("traded") || w.equals("trading");
    }
    if (both || export && imports) {
      out.add(Flow.BOTH);
    } else if (export) {
      out.add(Flow.EXPORT);
    } else if (imports) {
      out.add(Flow.IMPORT);
    } else if (trade) {
      out.add(Flow.BOTH);
    }
    return out;
  }
}
