package tradebot.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loaded, validated and immutable set of sources and indicators. */
public final class IndicatorStore {

  private final Map<String, Source> sources;
  private final Map<String, Indicator> indicators;
  private final Map<String, List<String>> ignoredSentences;

  public IndicatorStore(
      Collection<Source> sources,
      Collection<Indicator> indicators,
      Map<String, List<String>> ignoredSentences) {
    this.sources =
        sources.stream()
            .collect(
                Collectors.toMap(
                    Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.indicators =
        indicators.stream()
            .collect(
                Collectors.toMap(
                    Indicator::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    this.ignoredSentences = Map.copyOf(ignoredSentences);
    for (Indicator i : indicators) {
      if (!this.sources.containsKey(i.sourceId())) {
        throw new DataException("record " + i.id() + ": unknown source " + i.sourceId());
      }
    }
  }

  /**
   * This store with more sources and their indicators added (ingested articles); on an id already
   * here, this store's record wins.
   */
  public IndicatorStore plus(Collection<Source> moreSources, Collection<Indicator> moreIndicators) {
    List<Source> allSources = new java.util.ArrayList<>(sources.values());
    allSources.addAll(moreSources);
    List<Indicator> allIndicators = new java.util.ArrayList<>(indicators.values());
    allIndicators.addAll(moreIndicators);
    return new IndicatorStore(allSources, allIndicators, ignoredSentences);
  }

  public List<Indicator> indicators() {
    return List.copyOf(indicators.values());
  }

  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(indicators.get(id));
  }

  public List<Source> sources() {
    return List.copyOf(sources.values());
  }

  public Source source(String id) {
    Source s = sources.get(id);
    if (s == null) {
      throw new IllegalArgumentException("unknown source " + id);
    }
    return s;
  }

  public Source sourceOf(Indicator indicator) {
    return source(indicator.sourceId());
  }

  /** Sentences with numbers that reviewers decided carry no indicator, per source id. */
  public List<String> ignoredSentences(String sourceId) {
    return ignoredSentences.getOrDefault(sourceId, List.of());
  }
}
