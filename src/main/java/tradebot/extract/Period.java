package tradebot.extract;

/**
 * When a figure holds: a calendar year (2011), a span of years (2021-2025, "十四五"), or months of one
 * year (2011-01~09 for January to September, 2025-10 for October). A cumulative span is not its year:
 * a January–August figure never answers a question about the whole year.
 */
public record Period(int year, int endYear, int fromMonth, int toMonth) {

  public Period {
    if (endYear < year) {
      throw new IllegalArgumentException("period ends before it starts: " + year + "-" + endYear);
    }
    if (fromMonth < 0 || toMonth > 12 || fromMonth > toMonth || (fromMonth == 0) != (toMonth == 0)) {
      throw new IllegalArgumentException("bad months " + fromMonth + "~" + toMonth);
    }
  }

  public static Period year(int year) {
    return new Period(year, year, 0, 0);
  }

  public static Period months(int year, int from, int to) {
    return from == 1 && to == 12 ? year(year) : new Period(year, year, from, to);
  }

  public static Period years(int from, int to) {
    return new Period(from, to, 0, 0);
  }

  public boolean isWholeYear() {
    return fromMonth == 0 && endYear == year;
  }

  public boolean isPartOfYear() {
    return fromMonth != 0;
  }

  public Period withYear(int newYear) {
    return new Period(newYear, newYear + (endYear - year), fromMonth, toMonth);
  }

  /** The form the store keeps: 2011, 2021-2025, 2011-01~09, 2025-10. */
  public String code() {
    if (endYear != year) {
      return year + "-" + endYear;
    }
    if (fromMonth == 0) {
      return Integer.toString(year);
    }
    if (fromMonth == toMonth) {
      return String.format("%d-%02d", year, fromMonth);
    }
    return String.format("%d-%02d~%02d", year, fromMonth, toMonth);
  }

  /** Reads {@link #code()} back; null for codes that are not periods of this form (dates, "current"). */
  public static Period parse(String code) {
    var m = java.util.regex.Pattern.compile("(\\d{4})(?:-(\\d{4})|-(\\d{2})(?:~(\\d{2}))?)?").matcher(code);
    if (!m.matches()) {
      return null;
    }
    int y = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return years(y, Integer.parseInt(m.group(2)));
    }
    if (m.group(3) != null) {
      int from = Integer.parseInt(m.group(3));
      int to = m.group(4) == null ? from : Integer.parseInt(m.group(4));
      return months(y, from, to);
    }
    return year(y);
  }
}
