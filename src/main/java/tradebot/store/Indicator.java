package tradebot.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One figure or stated fact of an article, with the sentence it was taken from. Values are kept as
 * written ("2,875.4", "第一") so the bot never restates a figure in a form the article did not use;
 * {@code number} is there for conversions of the unit (亿元 → billion yuan), never for arithmetic
 * between figures.
 */
public record Indicator(
    String id,
    String sourceId,
    String region,
    String period,
    Kind kind,
    boolean headline,
    String metricZh,
    String metricEn,
    List<String> keywordsZh,
    List<String> keywordsEn,
    String value,
    String unit,
    BigDecimal number,
    String valueEn,
    String qualifier,
    String growth,
    String sentence) {

  /** What sort of figure this is; the router prefers kinds that fit what was asked. */
  public enum Kind {
    VALUE,
    GROWTH,
    SHARE,
    RANK,
    COUNT,
    DATE,
    FACT;
  }

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind of " + id);
    keywordsZh = List.copyOf(keywordsZh);
    keywordsEn = List.copyOf(keywordsEn);
    unit = unit == null ? "" : unit;
  }

  public boolean hasGrowth() {
    return growth != null && !growth.isBlank();
  }
}
