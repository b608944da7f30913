package tradebot.reply;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;

/**
 * Words an indicator for a reader: a headline in the asker's language and script (region, period,
 * metric, figure as written, growth as written), the citation, and short option labels. The quoted
 * sentence itself is never touched.
 */
public final class ReplyWriter {

  private final IndicatorStore store;
  private final ChineseConverter converter;
  private final Map<String, String[]> regionNames;
  private final Messages messages;

  /**
   * @param regionNames region id to {Chinese name, English name}
   */
  public ReplyWriter(
      IndicatorStore store,
      ChineseConverter converter,
      Map<String, String[]> regionNames,
      Messages messages) {
    this.store = store;
    this.converter = converter;
    this.regionNames = Map.copyOf(regionNames);
    this.messages = messages;
  }

  public Messages messages() {
    return messages;
  }

  public Evidence evidence(Indicator indicator, Lang lang) {
    return new Evidence(
        indicator, store.sourceOf(indicator), headline(indicator, lang), citation(indicator, lang));
  }

  public Reply answer(List<Indicator> indicators, Lang lang) {
    return new Reply(
        Reply.Kind.ANSWER, lang, "", indicators.stream().map(i -> evidence(i, lang)).toList(), List.of());
  }

  public Option option(Indicator indicator, Lang lang) {
    return new Option(label(indicator, lang), indicator.id());
  }

  /** "长沙 · 2025年 · 进出口总值" — enough to tell candidates apart, with no figure. */
  public String label(Indicator indicator, Lang lang) {
    if (lang == Lang.ENGLISH) {
      return region(indicator, true) + " · " + period(indicator.period(), true) + " · "
          + indicator.metricEn();
    }
    return script(
        region(indicator, false) + " · " + period(indicator.period(), false) + " · "
            + indicator.metricZh(),
        lang);
  }

  public String headline(Indicator indicator, Lang lang) {
    boolean english = lang == Lang.ENGLISH;
    String figure = english ? englishFigure(indicator) : chineseFigure(indicator);
    String growth = "";
    if (indicator.hasGrowth()) {
      growth = english ? ", growth " + indicator.growth() : "，" + messages.get(lang, "label.growth") + indicator.growth();
    }
    String head = label(indicator, lang);
    if (english) {
      return head + ": " + figure + growth;
    }
    return head + "：" + script(figure, lang) + script(growth, lang);
  }

  /** The indicator's figure as a headline writes it: 2,875.4亿元, or 5,414.1億元 (541.41 billion yuan). */
  public String figure(Indicator indicator, Lang lang) {
    return lang == Lang.ENGLISH ? englishFigure(indicator) : script(chineseFigure(indicator), lang);
  }

  private String chineseFigure(Indicator indicator) {
    String written = indicator.value() + indicator.unit();
    String q = indicator.qualifier();
    if (q == null || q.isBlank() || written.contains(q)) {
      return written;
    }
    boolean before = indicator.sentence().contains(q + indicator.value());
    return before ? q + written : written + q;
  }

  private String englishFigure(Indicator indicator) {
    String asWritten = chineseFigure(indicator);
    if (indicator.valueEn() != null && !indicator.valueEn().isBlank()) {
      return indicator.valueEn() + " (" + asWritten + ")";
    }
    String converted = EnglishFigures.convert(indicator.value(), indicator.unit());
    if (converted == null || converted.equals(asWritten)) {
      return asWritten;
    }
    String q = englishQualifier(indicator.qualifier());
    return asWritten + " (" + q + converted + ")";
  }

  private static String englishQualifier(String qualifier) {
    if (qualifier == null) {
      return "";
    }
    return switch (qualifier) {
      case "超", "超过", "超過", "突破", "首次突破", "首破", "以上", "余", "餘", "多" -> "over ";
      case "近" -> "nearly ";
      case "达", "達" -> "";
      default -> "";
    };
  }

  public String citation(Indicator indicator, Lang lang) {
    String c = store.sourceOf(indicator).citation();
    return lang == Lang.TRADITIONAL ? converter.toTraditional(c) : c;
  }

  private String region(Indicator indicator, boolean english) {
    String[] names = regionNames.getOrDefault(indicator.region(), new String[] {indicator.region(), indicator.region()});
    return names[english ? 1 : 0];
  }

  static String period(String period, boolean english) {
    if (period.equals("current")) {
      return english ? "latest" : "目前";
    }
    tradebot.extract.Period p = tradebot.extract.Period.parse(period);
    if (p != null) {
      return PeriodNames.of(p, english);
    }
    if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
      java.time.LocalDate d = java.time.LocalDate.parse(period);
      return english
          ? d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + d.getYear()
          : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
    return period;
  }

  /** Framing text in the asker's script (the figure 7.3億元 reads 7.3亿元 to a Simplified reader). */
  private String script(String text, Lang lang) {
    return lang == Lang.TRADITIONAL ? converter.toTraditional(text) : converter.toSimplified(text);
  }
}
