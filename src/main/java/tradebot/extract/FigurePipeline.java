package tradebot.extract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tradebot.store.Indicator;
import tradebot.store.SentenceSplitter;
import tradebot.store.Source;
import tradebot.text.ChineseConverter;

/**
 * Article → sentences → figures → indicators. Sentences are kept exactly as published; reading
 * happens on a Simplified copy. A sentence that names no place or period holds for the article's
 * main place and for the period its paragraph last named (else the article's first).
 */
public final class FigurePipeline implements ArticleExtractor {

  /** Bumped whenever extraction changes, so stored articles are read again. */
  public static final int VERSION = 1;

  private final SentenceSplitter splitter = new SentenceSplitter();
  private final PeriodExtractor periods = new PeriodExtractor();
  private final Places places;
  private final Glossary glossary;
  private final ChineseConverter converter;
  private final SentenceReader reader;
  private final Clock clock;

  public FigurePipeline(Places places, Glossary glossary, ChineseConverter converter, Clock clock) {
    this.places = places;
    this.glossary = glossary;
    this.converter = converter;
    this.clock = clock;
    this.reader = new SentenceReader(places);
  }

  @Override
  public Extraction extract(String sourceId, Article article) {
    List<String> warnings = new ArrayList<>();
    int year = referenceYear(article, warnings);
    List<List<String>> paragraphs = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (String paragraph : article.body().split("\\n\\s*\\n")) {
      List<String> cut = splitter.split(paragraph);
      if (!cut.isEmpty()) {
        paragraphs.add(cut);
        sentences.addAll(cut);
      }
    }
    String mainPlace = mainPlace(article, sentences);
    String province = provinceOf(mainPlace);
    String city = places.byId(mainPlace).filter(p -> p.kind().equals("city")).map(Places.Place::id).orElse(null);
    String zone = places.byId(mainPlace).filter(p -> p.kind().equals("zone")).map(Places.Place::id).orElse(null);
    if (zone != null) {
      city = places.byId(zone).map(Places.Place::parent).orElse(null);
    }
    Period mainPeriod = null;
    for (String s : sentences) {
      List<PeriodExtractor.Found> found = periods.find(simplified(s), year);
      if (!found.isEmpty()) {
        mainPeriod = found.get(0).period();
        break;
      }
    }
    mainPeriod = mainPeriod == null ? Period.year(year) : mainPeriod;
    List<Figure> figures = new ArrayList<>();
    for (List<String> paragraph : paragraphs) {
      Period period = mainPeriod;
      for (String sentence : paragraph) {
        String simple = simplified(sentence);
        List<PeriodExtractor.Found> named = periods.find(simple, year);
        if (!named.isEmpty()) {
          period = named.get(0).period();
        }
        SentenceReader.Context context = new SentenceReader.Context(mainPlace, period, province, city, zone);
        figures.addAll(reader.read(sentence, simple, context, year));
      }
    }
    if (figures.isEmpty()) {
      warnings.add("no figures found");
    }
    Source source =
        new Source(sourceId, article.title(), article.publisher(), article.author(), article.date(),
            converter.hasTraditionalOnly(article.body()) ? "zh-Hant" : "zh-Hans", article.body(), sentences);
    List<Indicator> indicators = new ArrayList<>();
    for (Figure f : figures) {
      indicators.add(indicator(sourceId, indicators.size() + 1, f));
    }
    return new Extraction(source, indicators, warnings);
  }

  private Indicator indicator(String sourceId, int n, Figure f) {
    Glossary.English english = glossary.translate(f.measure(), places);
    Set<String> zh = new LinkedHashSet<>();
    zh.add(f.measure());
    zh.addAll(variants(f.measure()));
    java.util.Optional<String> flow = glossary.bareFlow(f.measure());
    flow.ifPresent(bare -> zh.addAll(glossary.synonyms(bare)));
    // a place's total trade is its headline figure: what "赣州外贸多少" asks for
    boolean headline = flow.filter(b -> b.equals("进出口")).isPresent() && f.kind() == Indicator.Kind.VALUE;
    Quantity q = f.quantity();
    return new Indicator(
        sourceId + "-" + n, sourceId, f.place(), f.period().code(), f.kind(),
        headline, f.measure(),
        english.label().isEmpty() ? f.measure() : english.label(), List.copyOf(zh), english.terms(),
        q.text(), q.unit(), q.base(), null, q.qualifier().isEmpty() ? null : q.qualifier(),
        f.growth().isEmpty() ? null : f.growth(), f.sentence());
  }

  /** 出口农产品 is also said 农产品出口; the object may come before or after the flow. */
  private static List<String> variants(String measure) {
    List<String> out = new ArrayList<>();
    for (String flow : List.of("进出口", "出口", "进口")) {
      int i = measure.indexOf(flow);
      if (i >= 0 && i + flow.length() < measure.length()) {
        String object = measure.substring(i + flow.length()).replaceAll("(额|总额|总值|货值)$", "");
        if (object.length() >= 2) {
          out.add(measure.substring(0, i) + object + flow);
        }
      }
    }
    return out;
  }

  private String simplified(String sentence) {
    String nfkc = java.text.Normalizer.normalize(sentence, java.text.Normalizer.Form.NFKC);
    return converter.toSimplified(nfkc);
  }

  private int referenceYear(Article article, List<String> warnings) {
    if (article.date().matches("\\d{4}.*")) {
      return Integer.parseInt(article.date().substring(0, 4));
    }
    warnings.add("no date given: relative periods (今年, 去年) read against today");
    return LocalDate.now(clock).getYear();
  }

  /** The place the headline and first paragraph name first; a partner (非洲) never is. */
  private String mainPlace(Article article, List<String> sentences) {
    String lead =
        Dateline.blank(simplified(article.title())) + "。"
            + Dateline.blank(simplified(String.join("", sentences.subList(0, Math.min(2, sentences.size())))));
    List<Places.Found> found = places.find(lead);
    for (int i = 0; i < found.size(); i++) {
      Places.Found f = found.get(i);
      if (f.place().isPartner() || f.place().id().equals("china")) {
        continue;
      }
      // 湖南自贸试验区长沙片区: the most specific of places named one inside the other
      String main = f.place().id();
      int end = f.end();
      for (Places.Found next : found.subList(i + 1, found.size())) {
        if (next.start() - end <= 8 && places.within(next.place().id(), main)) {
          main = next.place().id();
          end = next.end();
        }
      }
      return main;
    }
    return "china";
  }

  private String provinceOf(String place) {
    for (Places.Place p = places.byId(place).orElse(null); p != null; p = p.parent() == null ? null : places.byId(p.parent()).orElse(null)) {
      if (p.kind().equals("province")) {
        return p.id();
      }
    }
    return null;
  }
}
