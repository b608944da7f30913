package tradebot.reply;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import tradebot.extract.Period;

/** Periods named for readers: 2025年, 2011年1—9月, January–September 2011, “十四五”期间. */
public final class PeriodNames {
  private PeriodNames() {}

  public static String of(Period p, boolean english) {
    if (p.endYear() != p.year()) {
      if (p.year() == 2021 && p.endYear() == 2025) {
        return english ? "14th Five-Year Plan (2021-2025)" : "“十四五”期间";
      }
      return english ? p.year() + "-" + p.endYear() : p.year() + "—" + p.endYear() + "年";
    }
    if (!p.isPartOfYear()) {
      return english ? Integer.toString(p.year()) : p.year() + "年";
    }
    if (p.fromMonth() == p.toMonth()) {
      return english ? month(p.fromMonth()) + " " + p.year() : p.year() + "年" + p.fromMonth() + "月";
    }
    return english
        ? month(p.fromMonth()) + "–" + month(p.toMonth()) + " " + p.year()
        : p.year() + "年" + p.fromMonth() + "—" + p.toMonth() + "月";
  }

  private static String month(int m) {
    return Month.of(m).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
