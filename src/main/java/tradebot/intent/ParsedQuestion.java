package tradebot.intent;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import tradebot.text.Lang;

/**
 * A message after normalisation and slot filling. {@code content} is the Chinese text left once cue
 * words (regions aside) and question words are gone: the part that says which figure is meant.
 * {@code matchText} keeps the cue words, for scoring against sentences. {@code fromMonth}–{@code
 * toMonth} is the part of a year asked about (0 when none), {@code wholeYear} says the whole year
 * was asked for explicitly ("全年", "the whole of 2011").
 */
public record ParsedQuestion(
    String raw,
    String folded,
    Lang lang,
    Set<String> regions,
    List<String> otherPlaces,
    Set<String> years,
    int fromMonth,
    int toMonth,
    boolean wholeYear,
    List<String> subYearCues,
    List<String> offTopicCues,
    List<String> arithmeticCues,
    Set<Aspect> aspects,
    Set<String> refusals,
    boolean greeting,
    boolean help,
    boolean topics,
    boolean genericTrade,
    String content,
    String matchText,
    List<String> englishWords,
    List<String> englishContent,
    String englishText) {

  public ParsedQuestion {
    regions = Set.copyOf(regions);
    otherPlaces = List.copyOf(otherPlaces);
    years = Set.copyOf(years);
    subYearCues = List.copyOf(subYearCues);
    offTopicCues = List.copyOf(offTopicCues);
    arithmeticCues = List.copyOf(arithmeticCues);
    aspects = Set.copyOf(aspects);
    refusals = Set.copyOf(refusals);
    englishWords = List.copyOf(englishWords);
    englishContent = List.copyOf(englishContent);
  }

  /**
   * Only places and general trade words: "湖南外贸多少", "Hunan trade 2025" ask for the headline figure.
   * Figures the asker quotes ("五千四百亿对吗") are checked against the answer, not asked about.
   */
  public boolean genericOnly(Collection<String> regionWords) {
    return genericTrade && onlyPlacesIn(content.replaceAll("[0-9.]+[万亿]?", ""), regionWords);
  }

  /** Nothing said beyond place names and cue words: "湖南排第几？", "长沙呢？". */
  public boolean namesOnlyPlaces(Collection<String> regionWords) {
    return onlyPlacesIn(content, regionWords);
  }

  private boolean onlyPlacesIn(String zh, Collection<String> regionWords) {
    for (String w : regionWords) {
      zh = zh.replace(w, "");
    }
    return zh.isBlank() && regionWords.containsAll(englishContent);
  }

  /** Whether the question names months of a year (前三季度, January–August, H1). */
  public boolean namesMonths() {
    return fromMonth > 0;
  }

  /** True when nothing but cue words is left: "增速呢？", "growth?". */
  public boolean hasContent() {
    return !content.isBlank() || !englishContent.isEmpty();
  }
}
