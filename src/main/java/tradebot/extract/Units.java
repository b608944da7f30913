package tradebot.extract;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The units trade articles write after a number, each with its multiplier and base unit. */
final class Units {

  record Unit(BigDecimal multiplier, String base) {}

  private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

  static {
    money("亿元", "1e8", "CNY");
    money("万亿元", "1e12", "CNY");
    money("万元", "1e4", "CNY");
    money("元", "1", "CNY");
    money("亿美元", "1e8", "USD");
    money("万美元", "1e4", "USD");
    money("美元", "1", "USD");
    money("亿欧元", "1e8", "EUR");
    money("万欧元", "1e4", "EUR");
    money("亿", "1e8", "CNY");
    money("万吨", "1e4", "t");
    money("吨", "1", "t");
    money("万标箱", "1e4", "TEU");
    money("标箱", "1", "TEU");
    money("万辆", "1e4", "辆");
    money("万台", "1e4", "台");
    money("万件", "1e4", "件");
    money("万票", "1e4", "票");
    money("万人次", "1e4", "人次");
    money("万家", "1e4", "家");
    money("个百分点", "1", "points");
    money("%", "1", "percent");
    money("倍", "1", "times");
    for (String counter : new String[] {"辆", "台", "列", "家", "个", "票", "项", "批", "条", "艘", "架", "件", "人次", "人", "国", "座", "次"}) {
      money(counter, "1", counter);
    }
  }

  private static void money(String unit, String multiplier, String base) {
    UNITS.put(unit, new Unit(new BigDecimal(multiplier), base));
  }

  /** Longest unit first, so 亿美元 is not read as 亿. */
  static final String ALTERNATION =
      UNITS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .map(Pattern::quote)
          .collect(Collectors.joining("|"));

  private Units() {}

  static Unit of(String unit) {
    return UNITS.get(unit);
  }

  private static final Set<String> MEASURED = Set.of("CNY", "USD", "EUR", "t", "TEU", "points", "percent", "times");

  /** Whether the unit counts things (家, 辆, 个) rather than measuring money, weight or change. */
  static boolean isCounter(String base) {
    return !MEASURED.contains(base);
  }

}
