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
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      int rowMin = Integer.MAX_VALUE;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > cap) {
        return cap + 1;
      }
    }
    return d[n][m];
  }
}
