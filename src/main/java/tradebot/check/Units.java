package tradebot.check;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The unit words of both languages, as tables: multipliers (亿 = 10^8, billion = 10^9), currencies
 * and counted things, each resolved to one canonical unit so 辆 and vehicles compare alike.
 */
final class Units {

  static final String CNY = "CNY";
  static final String USD = "USD";
  static final String PERCENT = "%";

  private Units() {}

  /** Multipliers, longest first so 万亿 wins over 万. */
  static final Map<String, BigDecimal> MULTIPLIERS = new LinkedHashMap<>();

  static {
    MULTIPLIERS.put("万亿", new BigDecimal("1e12"));
    MULTIPLIERS.put("trillion", new BigDecimal("1e12"));
    MULTIPLIERS.put("billion", new BigDecimal("1e9"));
    MULTIPLIERS.put("million", new BigDecimal("1e6"));
    MULTIPLIERS.put("thousand", new BigDecimal("1e3"));
    MULTIPLIERS.put("亿", new BigDecimal("1e8"));
    MULTIPLIERS.put("万", new BigDecimal("1e4"));
    MULTIPLIERS.put("千", new BigDecimal("1e3"));
    MULTIPLIERS.put("百", new BigDecimal("1e2"));
    MULTIPLIERS.put("bn", new BigDecimal("1e9"));
    MULTIPLIERS.put("mn", new BigDecimal("1e6"));
    MULTIPLIERS.put("m", new BigDecimal("1e6"));
    MULTIPLIERS.put("k", new BigDecimal("1e3"));
  }

  /** Currency words after a figure (美元 before 元: longest first). */
  static final Map<String, String> CURRENCIES = new LinkedHashMap<>();

  static {
    for (String w : new String[] {"美元", "美金", "us dollars", "u.s. dollars", "dollars", "dollar", "usd"}) {
      CURRENCIES.put(w, USD);
    }
    for (String w : new String[] {"元人民币", "人民币", "元", "块", "yuan", "renminbi", "rmb", "cny"}) {
      CURRENCIES.put(w, CNY);
    }
  }

  /** Currency signs before a figure. */
  static final Pattern CURRENCY_PREFIX = Pattern.compile("(us\\$|\\$|¥|rmb|cny|usd)\\s*$");

  static String prefixCurrency(String sign) {
    return sign.startsWith("us") || sign.equals("$") || sign.equals("usd") ? USD : CNY;
  }

  /** Counted things: the Chinese counter or English noun, and what it counts. */
  static final Map<String, String> COUNTERS = new LinkedHashMap<>();

  static {
    String[][] rows = {
      {"vehicle", "辆", "vehicles", "vehicle", "cars", "car", "evs", "electric vehicles"},
      {"machine", "台", "machines", "machine", "sets"},
      {"train", "列", "trains", "train", "trips", "services"},
      {"company", "家", "companies", "company", "firms", "firm", "enterprises", "businesses", "malls"},
      {"country", "国", "countries", "country", "nations"},
      {"tonne", "吨", "tonnes", "tonne", "tons", "ton"},
      {"teu", "标箱", "teus", "teu", "containers"},
      {"month", "个月", "months", "month"},
      {"year", "年", "years", "year"},
      {"day", "天", "days", "day"},
      {"item", "项", "items", "measures", "reforms", "innovations", "achievements", "results"},
      {"batch", "批", "batches", "batch"},
      {"deal", "票", "deals", "deal", "shipments", "transactions", "orders"},
      {"route", "条", "routes", "route", "lines"},
      {"", "个方面", "个", "units", "unit", "areas", "clusters", "regions", "markets", "brands"},
    };
    for (String[] row : rows) {
      for (int i = 1; i < row.length; i++) {
        COUNTERS.put(row[i], row[0]);
      }
    }
  }

  /** The canonical unit of a source's unit as written (億元 → CNY, 萬輛 → vehicle, 個 → ""). */
  static String canonical(String simplifiedUnit) {
    String u = simplifiedUnit.strip();
    if (u.isEmpty()) {
      return "";
    }
    if (u.contains("美元")) {
      return USD;
    }
    if (u.contains("元")) {
      return CNY;
    }
    if (u.equals("%")) {
      return PERCENT;
    }
    while (!u.isEmpty() && "万亿千百".indexOf(u.charAt(0)) >= 0) {
      u = u.substring(1);
    }
    String c = COUNTERS.get(u);
    return c == null ? "" : c;
  }

  /** Years, months and days count time, not things: 连续7年 is never 10个. */
  static boolean isTime(String unit) {
    return unit.equals("year") || unit.equals("month") || unit.equals("day");
  }

  static boolean isCurrency(String unit) {
    return unit.equals(CNY) || unit.equals(USD);
  }
}
