package tradebot.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods in Simplified Chinese or lower-case English: explicit (2019年, 2019年上半年, 1至8月, 前三季度,
 * "十四五"期间, the first eight months of 2021) and relative (今年, 去年, 年内, this year), the latter
 * resolved against a reference year (the article's, or today's for a question). 去年同期 names the
 * base of a growth rate, not a period.
 */
public final class PeriodExtractor {

  /** A period and where it was named. */
  public record Found(Period period, int start, int end) {}

  private static final String N = "(\\d{1,2}|十[一二]?|[一二两三四五六七八九])";
  private static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年)?\\s*[-—–~至到]\\s*((?:19|20)\\d{2})\\s*年");
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})(?![\\d.,%万亿千百])(?!\\s*(?:年代|个|家|台|吨|辆|项|元|美元|多|余))\\s*年?");
  private static final Pattern FIVE_YEAR = Pattern.compile("十([三四五六])五|(1[2-6])(?:th|st) five-year plan");
  private static final Pattern RELATIVE = Pattern.compile("今年|去年(?!同期)|上年(?!同期)|前年|明年|年内|this year|last year|next year");
  private static final Pattern SUB_YEAR =
      Pattern.compile(
          "(?:前|头)" + N + "(?:个)?季度"
              + "|(?:前|头)" + N + "个?月"
              + "|" + N + "\\s*(?:月\\s*)?(?:至|到|-|—|–|~)\\s*" + N + "\\s*月(?:份)?"
              + "|[上下]半年"
              + "|(?:第)?([一二三四1-4])季度"
              + "|(?<![\\d.])" + N + "月份?(?!\\s*\\d{1,2}\\s*[日号])"
              + "|(?:the )?first (three|two|3|2) quarters|q1\\s*[-–—~]\\s*q([234])"
              + "|(?:the )?first (\\w+) months"
              + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*(?:-|–|—|~|to|through|thru)\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
              + "|(?:the )?(first|second) half|\\bh([12])\\b"
              + "|(?:the )?(first|second|third|fourth) quarter|\\bq([1-4])\\b");

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  private static final List<String> ENGLISH_NUMBERS =
      List.of("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
  private static final List<String> ORDINALS = List.of("", "first", "second", "third", "fourth");

  /**
   * The periods a text names, in order. A month span with no year of its own takes the year named just
   * before it, else {@code referenceYear}.
   */
  public List<Found> find(String text, int referenceYear) {
    String s = text.toLowerCase(Locale.ROOT);
    List<Found> years = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    Matcher span = YEAR_SPAN.matcher(s);
    while (span.find()) {
      years.add(new Found(Period.years(Integer.parseInt(span.group(1)), Integer.parseInt(span.group(2))), span.start(), span.end()));
      taken.add(new int[] {span.start(), span.end()});
    }
    Matcher plan = FIVE_YEAR.matcher(s);
    while (plan.find()) {
      int n = plan.group(1) != null ? "三四五六".indexOf(plan.group(1)) + 13 : Integer.parseInt(plan.group(2));
      int start = 2016 + (n - 13) * 5;
      years.add(new Found(Period.years(start, start + 4), plan.start(), plan.end()));
    }
    Matcher y = YEAR.matcher(s);
    while (y.find()) {
      if (inside(taken, y.start())) {
        continue;
      }
      String digits = y.group(1);
      years.add(new Found(Period.year(Integer.parseInt(digits)), y.start(), y.end()));
    }
    Matcher r = RELATIVE.matcher(s);
    while (r.find()) {
      int offset =
          switch (r.group()) {
            case "去年", "上年", "last year" -> -1;
            case "前年" -> -2;
            case "明年", "next year" -> 1;
            default -> 0;
          };
      years.add(new Found(Period.year(referenceYear + offset), r.start(), r.end()));
    }
    years.sort(java.util.Comparator.comparingInt(Found::start));
    List<Found> out = new ArrayList<>();
    List<Found> months = new ArrayList<>();
    Matcher m = SUB_YEAR.matcher(s);
    while (m.find()) {
      int[] range = months(m);
      // 较9月加快: the month compared with, not the period of the figure
      boolean base = m.start() > 0 && "较比于".indexOf(s.charAt(m.start() - 1)) >= 0;
      if (range != null && !inside(taken, m.start()) && !base) {
        months.add(new Found(Period.months(referenceYear, range[0], range[1]), m.start(), m.end()));
      }
    }
    // a month span belongs to the year named before it in the same text ("2019年上半年", "今年1至8月"),
    // or, in English, anywhere in the text ("the first half of 2021")
    List<Found> usedYears = new ArrayList<>();
    for (Found mo : months) {
      Found year = null;
      for (Found yr : years) {
        if (yr.end() <= mo.start() && yr.period().endYear() == yr.period().year()) {
          year = yr;
        }
      }
      if (year == null) {
        year = years.stream().filter(f -> f.period().endYear() == f.period().year()).findFirst().orElse(null);
      }
      int yearValue = year == null ? referenceYear : year.period().year();
      if (year != null) {
        usedYears.add(year);
      }
      int start = year != null && year.end() <= mo.start() ? Math.min(year.start(), mo.start()) : mo.start();
      out.add(new Found(mo.period().withYear(yearValue), start, mo.end()));
    }
    for (Found yr : years) {
      if (!usedYears.contains(yr)) {
        out.add(yr);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Found::start));
    return out;
  }

  /** Whether the text asks for a whole year ("全年", "the whole of 2011", "full year"). */
  public boolean namesWholeYear(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    return s.contains("全年") || s.contains("整年") || s.contains("whole year") || s.contains("whole of")
        || s.contains("full year") || s.contains("full-year") || s.contains("entire year") || s.contains("all of");
  }

  private static boolean inside(List<int[]> spans, int at) {
    return spans.stream().anyMatch(x -> at >= x[0] && at < x[1]);
  }

  private static int[] months(Matcher m) {
    String g = m.group();
    if (g.contains("季度") && (g.startsWith("前") || g.startsWith("头"))) {
      int n = number(m.group(1));
      return n >= 1 && n <= 4 ? new int[] {1, 3 * n} : null;
    }
    if (g.startsWith("前") || g.startsWith("头")) {
      int n = number(m.group(2));
      return n >= 1 && n <= 12 ? new int[] {1, n} : null;
    }
    if (m.group(3) != null) {
      int a = number(m.group(3));
      int b = number(m.group(4));
      return a >= 1 && b <= 12 && a <= b ? new int[] {a, b} : null;
    }
    if (g.equals("上半年")) {
      return new int[] {1, 6};
    }
    if (g.equals("下半年")) {
      return new int[] {7, 12};
    }
    if (m.group(5) != null) {
      int q = "一二三四".indexOf(m.group(5)) + 1;
      q = q == 0 ? Integer.parseInt(m.group(5)) : q;
      return new int[] {3 * q - 2, 3 * q};
    }
    if (m.group(6) != null) {
      int n = number(m.group(6));
      return n >= 1 && n <= 12 ? new int[] {n, n} : null;
    }
    if (m.group(7) != null) {
      int n = m.group(7).equals("two") || m.group(7).equals("2") ? 2 : 3;
      return new int[] {1, 3 * n};
    }
    if (m.group(8) != null) {
      return new int[] {1, 3 * Integer.parseInt(m.group(8))};
    }
    if (m.group(9) != null) {
      int n = ENGLISH_NUMBERS.indexOf(m.group(9));
      n = n < 0 && m.group(9).matches("\\d+") ? Integer.parseInt(m.group(9)) : n;
      return n >= 1 && n <= 12 ? new int[] {1, n} : null;
    }
    if (m.group(10) != null) {
      int a = MONTHS.indexOf(m.group(10)) + 1;
      int b = MONTHS.indexOf(m.group(11)) + 1;
      return a <= b ? new int[] {a, b} : null;
    }
    if (m.group(12) != null || m.group(13) != null) {
      boolean first = "first".equals(m.group(12)) || "1".equals(m.group(13));
      return first ? new int[] {1, 6} : new int[] {7, 12};
    }
    if (m.group(14) != null || m.group(15) != null) {
      int q = m.group(14) != null ? ORDINALS.indexOf(m.group(14)) : Integer.parseInt(m.group(15));
      return new int[] {3 * q - 2, 3 * q};
    }
    return null;
  }

  private static int number(String n) {
    if (n.matches("\\d+")) {
      return Integer.parseInt(n);
    }
    if (n.startsWith("十")) {
      return 10 + (n.length() == 1 ? 0 : "一二".indexOf(n.charAt(1)) + 1);
    }
    return "一二三四五六七八九".indexOf(n.replace('两', '二')) + 1;
  }
}
