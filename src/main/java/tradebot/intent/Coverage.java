package tradebot.intent;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How much of what a question says an indicator accounts for: the share of the question's Chinese
 * character pairs (those the articles use at all) and English content words found in the
 * indicator's sentence and keywords. Places, periods and cue words are slots, not content. A high
 * score built on one shared word ("world" in "who won the world cup") covers little.
 */
final class Coverage {

  /** The content of one question, worked out once and measured against every indicator. */
  record Terms(Set<String> pairs, Set<String> words) {
    int size() {
      return pairs.size() + words.size();
    }
  }

  private final List<Set<String>> bigrams;
  private final Set<String> knownPairs;
  private final List<Set<String>> englishDocs;
  private final Set<String> regionWords;

  Coverage(
      List<Set<String>> bigrams,
      Set<String> knownPairs,
      List<Set<String>> englishDocs,
      Set<String> regionWords) {
    this.bigrams = bigrams;
    this.knownPairs = knownPairs;
    this.englishDocs = englishDocs;
    this.regionWords = regionWords;
  }

  Terms terms(ParsedQuestion q) {
    String zh = q.content();
    for (String name : regionWords) {
      zh = zh.replace(name, " ");
    }
    // Places are slots too: "capital of France" is not covered by a sentence that names Paris.
    Set<String> placeWords = new HashSet<>();
    for (String place : q.otherPlaces()) {
      zh = zh.replace(place, " ");
      placeWords.addAll(List.of(place.split(" ")));
    }
    Set<String> pairs = new HashSet<>();
    for (String pair : IndicatorRanker.bigramsOf(zh)) {
      // Character pairs no article sentence has (额这, 守在) are the asker's phrasing, not a topic.
      if (knownPairs.contains(pair)) {
        pairs.add(pair);
      }
    }
    Set<String> words = new HashSet<>();
    for (String w : q.englishContent()) {
      if (!regionWords.contains(w) && !placeWords.contains(w)) {
        words.add(w);
      }
    }
    return new Terms(pairs, words);
  }

  /** 1.0 when the question has no content left to cover. */
  double of(Terms terms, int indicator) {
    int total = terms.size();
    if (total == 0) {
      return 1.0;
    }
    int covered = 0;
    for (String pair : terms.pairs()) {
      if (bigrams.get(indicator).contains(pair)) {
        covered++;
      }
    }
    for (String w : terms.words()) {
      if (englishDocs.get(indicator).contains(w)) {
        covered++;
      }
    }
    return (double) covered / total;
  }
}
