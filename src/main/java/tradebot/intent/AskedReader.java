package tradebot.intent;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import tradebot.measure.Asked;
import tradebot.measure.MeasureCatalog;
import tradebot.measure.Measurement;

/** Reads what a parsed question asks in the terms of {@link tradebot.measure}: measure and aspect. */
public final class AskedReader {

  /** The measure a place's foreign trade figures are of, when a question names none. */
  static final String TRADE = "trade";

  /** Aspects that ask for something other than an amount. */
  private static final Set<Aspect> NOT_AMOUNT =
      EnumSet.of(Aspect.GROWTH, Aspect.SHARE, Aspect.RANK, Aspect.COUNT, Aspect.DATE, Aspect.DURATION, Aspect.LIST);

  /** Aspects that, asked too, make a growth word part of a name rather than the question. */
  private static final Set<Aspect> OTHER_QUESTIONS =
      EnumSet.of(Aspect.RANK, Aspect.COUNT, Aspect.DATE, Aspect.DURATION, Aspect.LIST);

  /** What a share is of ("占全省", "of the province"): the reference, not what is asked about. */
  private static final java.util.List<String> WHOLES =
      java.util.List.of("全省", "全市", "全国", "province", "provincial", "national", "nationwide", "whole");

  /** Words that ask something other than "the figure" (which, what, when, is it…). */
  private static final java.util.regex.Pattern QUESTION_WORDS = java.util.regex.Pattern.compile(
      "哪|什么|啥|几|谁|怎么|如何|是否|是不是|吗|多久|为什么|\\b(?:what|which|when|who|whom|where|why|is|are|does|did|do|was|were|has|have)\\b");

  /** Words that ask for a rank, as opposed to rank words a statement may contain ("first"). */
  private static final java.util.regex.Pattern RANK_QUESTION = java.util.regex.Pattern.compile(
      "第几|排名|排第|排几|名次|位次|排行|\\b(?:rank|ranking|ranked|position)\\b|which place");

  private final MeasureCatalog catalog;

  public AskedReader(MeasureCatalog catalog) {
    this.catalog = catalog;
  }

  public MeasureCatalog catalog() {
    return catalog;
  }

  public Asked read(ParsedQuestion q, Collection<String> regionWords) {
    Measurement measure = catalog.read(q.folded() + " " + q.englishText());
    boolean total = measure.flow().isPresent() && measure.subjects().isEmpty() && saysNothingElse(q, regionWords);
    // "When did Hunan issue its measures on foreign trade growth?" asks a date, not a growth rate
    boolean growth = q.aspects().contains(Aspect.GROWTH) && q.aspects().stream().noneMatch(OTHER_QUESTIONS::contains);
    boolean share = q.aspects().contains(Aspect.SHARE);
    boolean howMuch = q.folded().contains("多少") || q.englishText().contains("how much");
    // "Hunan's trade with Africa in 2025?" — no aspect and no question word: the figure itself
    boolean plain = q.aspects().isEmpty() && !measure.isEmpty() && QUESTION_WORDS.matcher(q.folded() + " " + q.englishText()).find() == false;
    boolean amount =
        (q.aspects().contains(Aspect.VALUE) || howMuch || plain) && q.aspects().stream().noneMatch(NOT_AMOUNT::contains);
    // "排第几？" alone: a rank; with a count or a date it is part of another question
    // ("for the first time", "首位" in a claim are no question about a rank)
    // "增速在全国排第几？" asks the rank of the growth: a rank still
    boolean rank = q.aspects().contains(Aspect.RANK)
        && (q.aspects().equals(Set.of(Aspect.RANK)) || q.aspects().equals(Set.of(Aspect.RANK, Aspect.GROWTH)))
        && RANK_QUESTION.matcher(q.folded() + " " + q.englishText()).find();
    return new Asked(measure, total, growth, share, amount, rank);
  }

  /** The same question about the place's total trade: "长沙占全省多少" is Changsha's share of trade. */
  public Asked asTotalTrade(Asked asked) {
    return new Asked(
        new Measurement(java.util.Optional.of(TRADE), Set.of(), ""), true, asked.growth(), asked.share(), asked.amount(), asked.rank());
  }

  /** Whether a question names no measure and nothing else beyond places and cue words. */
  public boolean namesNoMeasure(ParsedQuestion q, Asked asked, Collection<String> regionWords) {
    return asked.measure().isEmpty() && saysNothingElse(q, regionWords);
  }

  /** "province", "全省": words that say what a share is of and nothing else. */
  public boolean isOnlyWholes(String text) {
    String t = text;
    for (String w : WHOLES) {
      t = t.replace(w, " ");
    }
    return t.isBlank();
  }

  /** Beyond places, measure names and cue words, nothing: "湖南进出口多少", "Changsha imports 2025?". */
  private boolean saysNothingElse(ParsedQuestion q, Collection<String> regionWords) {
    String zh = q.content();
    for (String w : WHOLES) {
      zh = zh.replace(w, " ");
    }
    for (String w : regionWords) {
      zh = zh.replace(w, " ");
    }
    String zhRest = catalog.read(zh).rest().replaceAll("[^\\p{IsHan}]", "");
    StringBuilder en = new StringBuilder();
    for (String w : q.englishContent()) {
      if (!regionWords.contains(w) && !WHOLES.contains(w)) {
        en.append(w).append(' ');
      }
    }
    String enRest = catalog.read(en.toString()).rest().strip();
    return zhRest.length() <= 1 && enRest.isEmpty();
  }
}
