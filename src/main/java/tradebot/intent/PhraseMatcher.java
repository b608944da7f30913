package tradebot.intent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/** Finds known phrases in folded text in one pass (Aho-Corasick); Latin phrases as whole words. */
final class PhraseMatcher<T> {

  /** A phrase found in the text, with what it stands for. */
  record Hit<T>(String phrase, int start, int end, Set<T> payload) {}

  private final Trie trie;
  private final Map<String, Set<T>> payloads;

  /**
   * @param overlaps whether hits may overlap (长沙进出口总值 and 进出口总值 both count) or the longest
   *     wins (长沙片区 hides 长沙)
   */
  PhraseMatcher(Map<String, Set<T>> payloads, boolean wholeWords, boolean overlaps) {
    this.payloads = Map.copyOf(payloads);
    Trie.TrieBuilder builder = Trie.builder();
    if (!overlaps) {
      builder.ignoreOverlaps();
    }
    if (wholeWords) {
      builder.onlyWholeWords();
    }
    builder.addKeywords(payloads.keySet());
    this.trie = builder.build();
  }

  List<Hit<T>> find(String text) {
    Collection<Emit> emits = trie.parseText(text);
    List<Hit<T>> hits = new ArrayList<>(emits.size());
    for (Emit e : emits) {
      hits.add(new Hit<>(e.getKeyword(), e.getStart(), e.getEnd() + 1, payloads.get(e.getKeyword())));
    }
    return hits;
  }

  boolean isEmpty() {
    return payloads.isEmpty();
  }
}
