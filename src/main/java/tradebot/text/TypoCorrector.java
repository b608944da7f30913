package tradebot.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Replaces an unknown English word with the known word at the smallest edit distance (one edit for
 * short words, two for long ones; transpositions count as one), so "exprot", "electirc" and "lithum"
 * are understood. Words too short to judge are left alone.
 */
public final class TypoCorrector {

  private final Set<String> vocabulary;
  private final Set<String> dictionary;
  private final List<String> candidates;
  // Users repeat their typos; a bounded memo keeps the vocabulary scan off the common path.
  private final com.github.benmanes.caffeine.cache.Cache<String, String> corrections =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).executor(Runnable::run).build();

  /**
   * @param vocabulary the words worth correcting towards
   * @param dictionary words that are spelled right even if unknown to the vocabulary
   */
  public TypoCorrector(Set<String> vocabulary, Set<String> dictionary) {
    this.vocabulary = Set.copyOf(vocabulary);
    this.dictionary = Set.copyOf(dictionary);
    this.candidates = new ArrayList<>(vocabulary);
    this.candidates.sort(null);
  }

  public String correct(String word) {
    return corrections.get(word, this::lookUp);
  }

  private String lookUp(String word) {
    if (word.length() < 4
        || vocabulary.contains(word)
        || dictionary.contains(word)
        || !word.chars().allMatch(Character::isLetter)) {
      return word;
    }
    int limit = word.length() >= 7 ? 2 : 1;
    String best = word;
    int bestDistance = limit + 1;
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - word.length()) > limit || candidate.length() < 4) {
        continue;
      }
      int d = distance(word, candidate, bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best;
  }

  /** Optimal string alignment distance, giving up once it exceeds {@code cap}. */
  static int distance(String a, String b, int cap) {
    int n = a.length();
    int m = b.length();
    // three rolling rows: the one before last is needed for transpositions
    int[] twoBack = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, twoBack[j - 2] + 1);
        }
        current[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
      int[] t = twoBack;
      twoBack = previous;
      previous = current;
      current = t;
    }
    return previous[m];
  }
}
