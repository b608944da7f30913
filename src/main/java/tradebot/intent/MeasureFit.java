package tradebot.intent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tradebot.extract.Places;
import tradebot.store.Indicator;
import tradebot.text.EnglishWords;
import tradebot.text.Normalizer;

/**
 * Whether a figure measures what was asked, beyond sharing words with it: the trade flow (进出口
 * contains 出口 and 进口, but neither is the other, and exports are not total trade) and the trading
 * partner (trade with Africa does not answer trade with Nigeria). A figure that fails is not a
 * candidate at all, so a related figure is never passed off as the one asked.
 */
final class MeasureFit {

  enum Flow {
    EXPORT,
    IMPORT,
    BOTH
  }

  private final Places places;
  private final Normalizer normalizer;

  MeasureFit(Places places, Normalizer normalizer) {
    this.places = places;
    this.normalizer = normalizer;
  }

  boolean fits(ParsedQuestion q, Indicator ind, List<String> foldedKeywords, Set<String> englishWords) {
    String metric = normalizer.fold(ind.metricZh());
    Set<Flow> asked = flows(q.folded(), q.englishWords());
    Set<Flow> stated = flows(metric, List.of());
    if (!asked.isEmpty() && !stated.isEmpty() && !asked.equals(stated)) {
      return false;
    }
    for (Places.Place partner : partners(q)) {
      boolean named =
          partner.zh().stream().map(normalizer::fold).anyMatch(n -> metric.contains(n) || foldedKeywords.contains(n))
              || partner.en().stream().anyMatch(e -> foldedKeywords.contains(e) || englishWords.contains(EnglishWords.stem(e)));
      if (!named) {
        return false;
      }
    }
    return true;
  }

  /** The trading partners a question names (in Chinese or English), not the places it is about. */
  List<Places.Place> partners(ParsedQuestion q) {
    List<Places.Place> out = new ArrayList<>();
    for (Places.Found f : places.find(q.folded())) {
      if (f.place().isPartner() && !out.contains(f.place())) {
        out.add(f.place());
      }
    }
    // "China-Europe Railway Express", "China-Africa Expo" name programmes, not partners
    String english = " " + q.englishText().replaceAll("china[ -]\\w+", " ") + " ";
    for (Places.Place p : places.all()) {
      if (p.isPartner() && !out.contains(p) && p.en().stream().anyMatch(e -> english.contains(" " + e + " "))) {
        out.add(p);
      }
    }
    return out;
  }

  /** 出口 / 进口 / 进出口 (外贸, 贸易, trade) named in a folded text or its English words. */
  static Set<Flow> flows(String folded, List<String> englishWords) {
    Set<Flow> out = EnumSet.noneOf(Flow.class);
    String rest = folded.replace("进出口", "");
    boolean both = rest.length() < folded.length();
    boolean export = rest.contains("出口");
    boolean imports = rest.contains("进口");
    boolean trade = rest.contains("贸易") || rest.contains("外贸");
    for (String w : englishWords) {
      export |= w.startsWith("export");
      imports |= w.startsWith("import");
      trade |= w.equals("trade") || w.equals("traded") || w.equals("trading");
    }
    if (both || export && imports) {
      out.add(Flow.BOTH);
    } else if (export) {
      out.add(Flow.EXPORT);
    } else if (imports) {
      out.add(Flow.IMPORT);
    } else if (trade) {
      out.add(Flow.BOTH);
    }
    return out;
  }
}
