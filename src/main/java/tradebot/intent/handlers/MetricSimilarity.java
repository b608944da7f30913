package tradebot.intent.handlers;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import tradebot.store.Indicator;

/**
 * How alike two indicators' metric names are (overlap of their English words), to tell "the same
 * measure for another place" (trade with Africa: Hunan's, Changsha's) from a different measure.
 */
final class MetricSimilarity {
  private static final Set<String> NOISE =
      Set.of("the", "of", "in", "and", "a", "an", "for", "with", "to", "by", "from", "hunan", "changsha", "s");

  private MetricSimilarity() {}

  static double of(Indicator a, Indicator b) {
    Set<String> x = words(a.metricEn());
    Set<String> y = words(b.metricEn());
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> either = new HashSet<>(x);
    either.addAll(y);
    return (double) both.size() / either.size();
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!w.isEmpty() && !NOISE.contains(w)) {
        words.add(w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w);
      }
    }
    return words;
  }
}
