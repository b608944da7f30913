package tradebot.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebot.store.DataException;
import tradebot.store.DataLocation;

/**
 * The bilingual glossary of trade terms (data/glossary.json): English labels and search terms are
 * built from a Chinese measure phrase by its longest known terms, left to right. No network, no model.
 */
public final class Glossary {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record File(
      Map<String, List<String>> terms,
      List<String> generic,
      @com.fasterxml.jackson.annotation.JsonProperty("zh_synonyms") Map<String, List<String>> zhSynonyms) {}

  /** English for a measure: a label to show and the words to search by. */
  public record English(String label, List<String> terms) {}

  private final List<Map.Entry<String, List<String>>> terms;
  private final Set<String> generic;
  private final Map<String, List<String>> zhSynonyms;
  private final org.ahocorasick.trie.Trie trie;

  public Glossary(Map<String, List<String>> terms, List<String> generic, Map<String, List<String>> zhSynonyms) {
    this.generic = Set.copyOf(generic);
    this.zhSynonyms = Map.copyOf(zhSynonyms);
    this.terms = new ArrayList<>(terms.entrySet());
    this.terms.sort(Comparator.comparingInt((Map.Entry<String, List<String>> e) -> -e.getKey().length()));
    // one pass per phrase, longest term where terms overlap: ranking builds this for every figure
    this.trie = org.ahocorasick.trie.Trie.builder().ignoreOverlaps().addKeywords(terms.keySet()).build();
  }

  public static Glossary load(DataLocation data) {
    try (InputStream in = data.open("glossary.json")) {
      File f = new ObjectMapper().readValue(in, File.class);
      return new Glossary(
          f.terms(), f.generic() == null ? List.of() : f.generic(), f.zhSynonyms() == null ? Map.of() : f.zhSynonyms());
    } catch (IOException e) {
      throw new DataException(data.describe("glossary.json") + ": " + e.getMessage(), e);
    }
  }

  /**
   * The terms of a Simplified phrase that narrow a measure to a part (机电产品, 跨境电商, 猪肉), longest
   * first where they overlap: not flows, totals or growth words.
   */
  public List<String> qualifiers(String phrase) {
    List<String> out = new ArrayList<>();
    for (org.ahocorasick.trie.Emit e : trie.parseText(phrase)) {
      if (narrows(e.getKeyword())) {
        out.add(e.getKeyword());
      }
    }
    return out;
  }

  /** The English forms of a term, empty when it is not in the glossary. */
  public List<String> english(String zh) {
    for (Map.Entry<String, List<String>> e : terms) {
      if (e.getKey().equals(zh)) {
        return e.getValue();
      }
    }
    return List.of();
  }

  /** Every term with its English forms, longest term first. */
  public List<Map.Entry<String, List<String>>> entries() {
    return java.util.Collections.unmodifiableList(terms);
  }

  /** A term narrows a measure when something is left of it once its generic parts (出口, 增速) are gone. */
  private boolean narrows(String zh) {
    if (zh.length() < 2 || generic.contains(zh)) {
      return false;
    }
    String rest = zh;
    for (String g : generic) {
      if (g.length() >= 2) {
        rest = rest.replace(g, "");
      }
    }
    return rest.length() >= 2 || rest.length() == zh.length();
  }

  /**
   * The bare flow a measure names (进出口, 出口, 进口) once its generic words are gone, or empty when
   * it says more (机电产品出口, 对非洲进出口).
   */
  public java.util.Optional<String> bareFlow(String measure) {
    String rest = measure;
    for (String word : List.of("货物贸易", "外贸", "总额", "总值", "规模", "实现", "完成", "累计", "合计", "额", "全省", "全市")) {
      rest = rest.replace(word, "");
    }
    return zhSynonyms.containsKey(rest) ? java.util.Optional.of(rest) : java.util.Optional.empty();
  }

  /** Other Chinese names of a bare flow: 进出口 is also 外贸总额. */
  public List<String> synonyms(String flow) {
    return zhSynonyms.getOrDefault(flow, List.of());
  }

  public boolean isGeneric(String zh) {
    return generic.contains(zh);
  }

  /** The terms a phrase is made of, longest first where they overlap, in reading order. */
  public English translate(String phrase, Places places) {
    int n = phrase.length();
    String[] at = new String[n];
    List<String>[] english = new List[n];
    boolean[] used = new boolean[n];
    for (Places.Found f : places.find(phrase)) {
      mark(used, f.start(), f.end());
      at[f.start()] = f.place().name(true);
      english[f.start()] = f.place().en();
    }
    for (Map.Entry<String, List<String>> e : terms) {
      String zh = e.getKey();
      for (int i = phrase.indexOf(zh); i >= 0; i = phrase.indexOf(zh, i + 1)) {
        if (!anyUsed(used, i, i + zh.length())) {
          mark(used, i, i + zh.length());
          at[i] = e.getValue().get(0);
          english[i] = e.getValue();
        }
      }
    }
    List<String> label = new ArrayList<>();
    Set<String> search = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      if (at[i] != null) {
        label.add(at[i]);
        search.addAll(english[i]);
      }
    }
    return new English(String.join(" ", label), List.copyOf(search));
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      used[k] = true;
    }
  }

  private static boolean anyUsed(boolean[] used, int from, int to) {
    for (int k = from; k < to; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }
}
