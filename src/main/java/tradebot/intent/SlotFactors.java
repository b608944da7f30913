package tradebot.intent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import tradebot.extract.Period;
import tradebot.store.Indicator;

/**
 * How well an indicator fits the question's slots: the place (Changsha's figures half-fit a Hunan
 * question, other places hardly), the period (a named span such as 十四五 prefers its own figures)
 * and what is asked (a growth question prefers figures with a growth rate).
 */
final class SlotFactors {

  private static final Set<String> TIME_UNITS =
      Set.of("年", "个月", "個月", "月", "天", "日", "小时", "小時", "分钟", "分鐘");

  private final Map<String, List<String>> regionNames;

  SlotFactors(Map<String, List<String>> regionNames) {
    this.regionNames = Map.copyOf(regionNames);
  }

  double region(ParsedQuestion q, Indicator ind, String foldedSentence) {
    if (q.regions().isEmpty() || q.regions().contains(ind.region())) {
      return 1.0;
    }
    if (ind.region().equals("changsha_ftz") && q.regions().contains("changsha")) {
      return 0.6;
    }
    // Changsha is part of Hunan: a Changsha figure may answer a Hunan question, but Hunan's own wins.
    boolean within =
        q.regions().contains("hunan")
            && (ind.region().equals("changsha") || ind.region().equals("changsha_ftz"));
    for (String region : q.regions()) {
      for (String name : regionNames.getOrDefault(region, List.of())) {
        if (foldedSentence.contains(name)) {
          return within ? 0.55 : 0.45;
        }
      }
    }
    return within ? 0.45 : 0.12;
  }

  double period(ParsedQuestion q, Indicator ind, String foldedSentence) {
    Period stated = Period.parse(ind.period());
    if (q.namesMonths()) {
      // months asked: only a figure for those very months fits (前三季度 is not 前8个月, nor the year)
      boolean sameMonths =
          stated != null && stated.fromMonth() == q.fromMonth() && stated.toMonth() == q.toMonth();
      boolean yearFits = q.years().isEmpty() || stated != null && q.years().contains(Integer.toString(stated.year()));
      return sameMonths && yearFits ? 1.0 : sameMonths ? 0.3 : 0.15;
    }
    if (q.years().isEmpty()) {
      return 1.0;
    }
    if (Periods.isCumulative(ind.period())) {
      // a year asked, months stated: January–August is not the year
      return 0.3;
    }
    double best = 0.2;
    for (String year : q.years()) {
      if (year.contains("-")) {
        // a named span such as 十四五 (2021-2025): its own figures first, figures inside it next
        best = Math.max(best, ind.period().equals(year) ? 1.0 : Periods.startsWithin(ind.period(), year) ? 0.6 : 0.2);
      } else if (ind.period().startsWith(year) || foldedSentence.contains(year)) {
        return 1.0;
      } else if (Periods.covers(ind.period(), year)) {
        // "current" or a span including the year: true then too, but less exactly what was asked
        best = Math.max(best, 0.8);
      }
    }
    return best;
  }

  static double aspect(ParsedQuestion q, Indicator ind) {
    double f = 1.0;
    for (Aspect a : q.aspects()) {
      f *=
          switch (a) {
            case GROWTH -> ind.hasGrowth() || ind.kind() == Indicator.Kind.GROWTH ? 1.3 : 0.75;
            case SHARE -> ind.kind() == Indicator.Kind.SHARE ? 1.4 : 0.85;
            case RANK -> ind.kind() == Indicator.Kind.RANK ? 1.4 : 0.85;
            case COUNT -> ind.kind() == Indicator.Kind.COUNT ? 1.3 : 0.9;
            case DATE -> ind.kind() == Indicator.Kind.DATE ? 1.5 : 0.8;
            case VALUE -> ind.kind() == Indicator.Kind.VALUE ? 1.2 : 0.9;
            case LIST -> ind.kind() == Indicator.Kind.FACT ? 1.2 : 1.0;
            case DURATION -> TIME_UNITS.contains(ind.unit()) ? 1.3 : 0.9;
          };
    }
    return f;
  }
}
