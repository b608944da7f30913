package tradebot.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebot.measure.Asked;
import tradebot.measure.Measure;

/**
 * Follow-ups that leave things out ("增长多少？", "那湖南呢？", "2024年呢？", "其中锂电池呢？",
 * "and imports?"): the question they stand for, with the place, period, measure and aspect they do
 * not say taken from the conversation's last subject. A message that names both a place and a
 * measure is a new question and takes nothing over.
 */
public final class Ellipsis {

  /** Words that only link a message to the previous one. */
  private static final List<String> LINKS = List.of("那么", "那", "其中", "还有", "再", "呢", "那个", "这个");

  private final Lexicon lexicon;
  private final AskedReader reader;
  private final Collection<String> regionWords;

  public Ellipsis(Lexicon lexicon, AskedReader reader, Collection<String> regionWords) {
    this.lexicon = lexicon;
    this.reader = reader;
    this.regionWords = List.copyOf(regionWords);
  }

  /** A message's parts, each as text that parses back to the same slot. */
  private record Parts(List<String> places, List<String> periods, String measure, Optional<String> flow,
      boolean namesSubject, List<String> aspects) {}

  /**
   * The question a follow-up stands for, or empty when the message is a question of its own (or
   * says nothing a previous subject could complete).
   */
  public Optional<String> complete(ParsedQuestion now, ParsedQuestion subject) {
    if (now.help() || now.topics() || !now.refusals().isEmpty() || !now.offTopicCues().isEmpty()) {
      return Optional.empty();
    }
    Parts n = parts(now);
    Parts s = parts(subject);
    boolean hasPlace = !n.places().isEmpty();
    boolean hasMeasure = !n.measure().isBlank() || n.flow().isPresent();
    if (hasPlace && hasMeasure) {
      return Optional.empty();
    }
    if (!hasPlace && !hasMeasure && n.periods().isEmpty() && n.aspects().isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>(hasPlace ? n.places() : s.places());
    if (n.periods().isEmpty()) {
      out.addAll(s.periods());
    } else {
      // "全年呢？", "1至10月的": another part of the same year keeps the year asked before
      if (n.periods().stream().noneMatch(p -> p.matches("\\d{4}.*"))) {
        s.periods().stream().filter(p -> p.matches("\\d{4}.*")).findFirst().ifPresent(out::add);
      }
      out.addAll(n.periods());
    }
    if (!hasMeasure) {
      out.add(s.measure());
      out.add(s.flow().orElse(""));
    } else if (n.namesSubject()) {
      // "其中锂电池呢？", "And EVs?": another subject, in the flow asked before unless one is named
      out.add(n.measure());
      out.add(n.flow().or(s::flow).orElse(""));
    } else if (n.measure().isBlank()) {
      // "出口呢？", "and imports?": the same subject, another flow
      out.add(s.measure());
      out.add(n.flow().get());
    } else {
      // "每台价值多少？": a closer look at the same subject
      out.add(s.measure());
      out.add(n.measure());
      out.add(n.flow().or(s::flow).orElse(""));
    }
    out.addAll(n.aspects().isEmpty() ? s.aspects() : n.aspects());
    // Chinese parts run together as a sentence would ("湖南2025年汽车出口增长"), so that the
    // articles' phrases (汽车出口) are found; Latin words keep their spaces
    String text = String.join(" ", out).replaceAll("\\s+", " ").strip()
        .replaceAll("(?<=\\p{IsHan}) (?=[\\p{IsHan}\\d])|(?<=\\d) (?=\\p{IsHan})", "");
    boolean amount = reader.read(now, regionWords).amount() || reader.read(subject, regionWords).amount();
    return text.isEmpty() ? Optional.empty() : Optional.of(amount ? text + " 多少" : text);
  }

  private Parts parts(ParsedQuestion q) {
    List<String> places = new ArrayList<>();
    for (Lexicon.Region r : lexicon.regions()) {
      if (q.regions().contains(r.id())) {
        places.add(r.name(false));
      }
    }
    places.addAll(q.otherPlaces());
    List<String> periods = new ArrayList<>();
    for (String year : q.years()) {
      periods.add(periodText(year));
    }
    if (q.namesMonths()) {
      periods.add(q.fromMonth() == q.toMonth() ? q.fromMonth() + "月" : q.fromMonth() + "至" + q.toMonth() + "月");
    } else {
      periods.addAll(q.subYearCues());
    }
    if (q.wholeYear()) {
      periods.add("全年");
    }
    Asked asked = reader.read(q, regionWords);
    String zh = q.content();
    for (String w : regionWords) {
      zh = zh.replace(w, " ");
    }
    for (String w : LINKS) {
      zh = zh.replace(w, " ");
    }
    for (String p : q.otherPlaces()) {
      zh = zh.replace(p, " ");
    }
    List<String> en = new ArrayList<>();
    for (String w : q.englishContent()) {
      if (!regionWords.contains(w) && !q.otherPlaces().contains(w)) {
        en.add(w);
      }
    }
    String measure = (zh + " " + String.join(" ", en)).replaceAll("\\s+", " ").strip();
    if (reader.isOnlyWholes(measure)) {
      measure = "";
    }
    Optional<String> flow = asked.measure().flow().flatMap(f -> reader.catalog().measure(f)).map(Measure::zh)
        .filter(l -> !l.isEmpty()).map(l -> l.get(0));
    List<String> aspects = new ArrayList<>();
    for (Aspect a : q.aspects()) {
      Lexicon.Words words = lexicon.aspects().get(a.name().toLowerCase(java.util.Locale.ROOT));
      if (words != null && !words.zh().isEmpty()) {
        aspects.add(words.zh().get(0));
      }
    }
    return new Parts(places, periods, measure, flow, !asked.measure().subjects().isEmpty(), aspects);
  }

  /** "2025年"; a span such as 2021-2025 by the name the lexicon gives it (十四五). */
  private String periodText(String year) {
    if (!year.contains("-")) {
      return year + "年";
    }
    return lexicon.relativeYears().entrySet().stream()
        .filter(e -> e.getValue().equals(year))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(year.substring(0, 4) + "年");
  }
}
