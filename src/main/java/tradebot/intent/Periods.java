package tradebot.intent;

/**
 * Periods as the data writes them: 2025, 2021-2025, 2025-10, 2011-01~09 (January to September),
 * 2024-03-18, current.
 */
public final class Periods {
  private Periods() {}

  /** Months of a year added up (2011-01~09): never an answer for the whole year. */
  public static boolean isCumulative(String period) {
    return period.contains("~");
  }

  /** Whether a period includes the given year (or equals the given span, such as 2021-2025). */
  public static boolean covers(String period, String year) {
    if (period.equals("current")) {
      return year.equals("2025") || year.equals("2026");
    }
    if (isCumulative(period)) {
      return false;
    }
    if (period.startsWith(year) || period.equals(year)) {
      return true;
    }
    if (year.contains("-")) {
      return false;
    }
    if (period.matches("\\d{4}-\\d{4}")) {
      int y = Integer.parseInt(year);
      return y >= Integer.parseInt(period.substring(0, 4)) && y <= Integer.parseInt(period.substring(5));
    }
    return false;
  }

  /** Whether a period starts inside a span: 2025 and 2025-10 start inside 2021-2025. */
  public static boolean startsWithin(String period, String span) {
    return period.length() >= 4 && period.substring(0, 4).matches("\\d{4}") && covers(span, period.substring(0, 4));
  }
}
