package tradebot.measure;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import tradebot.store.Indicator;

/**
 * Whether a stated figure is the one asked for: the same measure (trade contains exports and
 * imports, but neither is the other; the new three contain EVs, but a figure of the group is not
 * one of a member) and an aspect the figure states (a growth rate, a share, an amount).
 */
public final class Fit {

  /** How a stated figure relates to the question. */
  public enum Verdict {
    /** The figure asked for, as far as the measure and aspect tell. */
    FITS,
    /** A related figure of another measure: the total when exports were asked, a group for a member. */
    OTHER_MEASURE,
    /** The right measure, but not what about it was asked: a value when the growth was asked. */
    OTHER_ASPECT
  }

  /** Words with which a sentence states a change (from 17% down to 13%) without a growth rate. */
  private static final java.util.List<String> CHANGE_WORDS =
      java.util.List.of("增长", "增長", "增速", "增幅", "下降", "降到", "降至", "降低", "减少", "減少", "提升", "上升", "增加", "压缩", "壓縮");

  /** A stated fact that is a rank in words: "全國首個", "第二座", "居全國前列". */
  private static final java.util.List<String> RANK_WORDS = java.util.List.of("第", "首", "前列", "领先", "領先");

  private final MeasureCatalog catalog;
  private final UnaryOperator<String> fold;
  private final Map<String, Measurement> stated = new ConcurrentHashMap<>();

  public Fit(MeasureCatalog catalog, UnaryOperator<String> fold) {
    this.catalog = catalog;
    this.fold = fold;
  }

  public MeasureCatalog catalog() {
    return catalog;
  }

  /** The measure an indicator states, read from its metric names (Chinese first, English adding). */
  public Measurement stated(Indicator indicator) {
    return stated.computeIfAbsent(indicator.id() + "\u0000" + indicator.sourceId(), k -> read(indicator));
  }

  private Measurement read(Indicator indicator) {
    Measurement zh = catalog.read(fold.apply(indicator.metricZh()));
    Measurement en = catalog.read(fold.apply(indicator.metricEn() == null ? "" : indicator.metricEn()));
    // The Chinese name is the article's own; the English one may spell out a group's members
    // ("the new three (EVs, lithium batteries, PV)"), so it only speaks where the Chinese is silent.
    Set<String> subjects = zh.subjects().isEmpty() ? en.subjects() : zh.subjects();
    return new Measurement(zh.flow().or(en::flow), new LinkedHashSet<>(subjects), zh.rest());
  }

  private final Map<String, Set<String>> sentenceSubjects = new ConcurrentHashMap<>();

  private Set<String> sentenceSubjects(Indicator indicator) {
    return sentenceSubjects.computeIfAbsent(
        indicator.sentence(), sentence -> catalog.read(fold.apply(sentence)).subjects());
  }

  public Verdict of(Asked asked, Indicator indicator) {
    Measurement s = stated(indicator);
    Measurement q = asked.measure();
    if (q.flow().isPresent() && s.flow().isPresent() && !q.flow().equals(s.flow())) {
      return Verdict.OTHER_MEASURE;
    }
    for (String subject : q.subjects()) {
      // the sentence may name what its figure belongs to (第二届博览会…征集合作项目385个)
      if (!s.subjects().contains(subject) && !sentenceSubjects(indicator).contains(subject)) {
        return Verdict.OTHER_MEASURE;
      }
    }
    if (asked.total() && !s.subjects().isEmpty()) {
      return Verdict.OTHER_MEASURE;
    }
    Indicator.Kind kind = indicator.kind();
    if (asked.growth() && !asked.share() && !(indicator.hasGrowth() || kind == Indicator.Kind.GROWTH)
        && CHANGE_WORDS.stream().noneMatch(indicator.sentence()::contains)) {
      return Verdict.OTHER_ASPECT;
    }
    if (asked.share() && !asked.growth() && kind != Indicator.Kind.SHARE) {
      return Verdict.OTHER_ASPECT;
    }
    if (asked.rank() && kind != Indicator.Kind.RANK
        && !(kind == Indicator.Kind.FACT && RANK_WORDS.stream().anyMatch(indicator.value()::contains))) {
      return Verdict.OTHER_ASPECT;
    }
    if (asked.amount() && kind != Indicator.Kind.VALUE && kind != Indicator.Kind.COUNT) {
      return Verdict.OTHER_ASPECT;
    }
    return Verdict.FITS;
  }
}
