package tradebot.subscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.EnglishWords;
import tradebot.text.Normalizer;

/**
 * Which facts a topic covers: those whose metric names or keywords mention it. Chinese topics
 * match as substrings (汽车 in 汽车出口); Latin ones as whole stemmed words (cars meets car exports,
 * ev does not meet every), both after the core's folding, so Traditional and full-width forms work.
 */
public final class TopicFilter {

  private record Entry(String id, String folded, String stemmed) {}

  private final Supplier<IndicatorStore> stores;
  private final Normalizer normalizer;
  private IndicatorStore builtFrom;
  private List<Entry> entries;

  public TopicFilter(IndicatorStore store, Normalizer normalizer) {
    this(() -> store, normalizer);
  }

  /** Follows the store {@code stores} gives at each use (a running bot's, which ingested articles change). */
  public TopicFilter(Supplier<IndicatorStore> stores, Normalizer normalizer) {
    this.stores = stores;
    this.normalizer = normalizer;
  }

  /** Folded names per indicator, built on first use (and per store) so commands that never filter pay nothing. */
  private synchronized List<Entry> entries() {
    IndicatorStore store = stores.get();
    if (entries != null && builtFrom == store) {
      return entries;
    }
    builtFrom = store;
    List<Entry> built = new ArrayList<>();
    for (Indicator i : store.indicators()) {
      List<String> names = new ArrayList<>();
      names.add(nullToEmpty(i.metricZh()));
      names.add(nullToEmpty(i.metricEn()));
      names.addAll(i.keywordsZh());
      names.addAll(i.keywordsEn());
      StringBuilder folded = new StringBuilder(" ");
      StringBuilder stemmed = new StringBuilder(" ");
      for (String n : names) {
        String f = normalizer.fold(n);
        folded.append(f).append(" | ");
        stemmed.append(EnglishWords.stemPhrase(f)).append(" | ");
      }
      built.add(new Entry(i.id(), folded.toString(), stemmed.toString()));
    }
    entries = List.copyOf(built);
    return entries;
  }

  /** Ids of the facts for {@code topic}; every fact for a blank topic. */
  public List<String> factIds(String topic) {
    String folded = topic == null ? "" : normalizer.fold(topic);
    if (folded.isEmpty()) {
      return entries().stream().map(Entry::id).toList();
    }
    boolean han = folded.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    String stemmed = " " + EnglishWords.stemPhrase(folded) + " ";
    List<String> ids = new ArrayList<>();
    for (Entry e : entries()) {
      boolean match =
          han ? e.folded().contains(folded) : !stemmed.isBlank() && e.stemmed().contains(stemmed);
      if (match) {
        ids.add(e.id());
      }
    }
    return ids;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
