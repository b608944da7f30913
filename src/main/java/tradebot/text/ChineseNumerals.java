package tradebot.text;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites figures and years written in Chinese numerals as Arabic digits (二〇二五年 → 2025年, 五千亿 →
 * 5000亿, 三十八 → 38) so that they match the articles, which print figures in digits. Single numerals
 * (五年, 十大, 第四届) are left alone: the articles write those in characters too, and names such as
 * 十四五 must survive.
 */
public final class ChineseNumerals {

  private static final String DIGITS = "〇零一二两三四五六七八九";
  private static final Pattern YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})年");
  private static final Pattern NUMBER =
      Pattern.compile("[〇零一二两三四五六七八九十百千]{2,}(?:万|亿)?|[一二两三四五六七八九十]{1,2}[万亿]");
  private static final Set<String> NAMES = Set.of("十四五", "十五五", "十三五", "三高四新", "四分之三");

  private ChineseNumerals() {}

  public static String toArabic(String text) {
    if (!containsNumeral(text)) {
      return text;
    }
    Matcher y = YEAR.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (y.find()) {
      StringBuilder digits = new StringBuilder();
      for (char c : y.group(1).toCharArray()) {
        digits.append(digit(c));
      }
      y.appendReplacement(sb, digits + "年");
    }
    y.appendTail(sb);
    String s = sb.toString();
    Matcher m = NUMBER.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String run = m.group();
      if (isInsideName(s, m.start(), m.end())) {
        m.appendReplacement(out, run);
        continue;
      }
      String suffix = "";
      if (run.endsWith("万") || run.endsWith("亿")) {
        suffix = run.substring(run.length() - 1);
        run = run.substring(0, run.length() - 1);
      }
      long value = parse(run);
      m.appendReplacement(out, value < 0 ? m.group() : value + suffix);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean containsNumeral(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (DIGITS.indexOf(c) >= 0 || c == '十' || c == '百' || c == '千') {
        return true;
      }
    }
    return false;
  }

  private static boolean isInsideName(String s, int start, int end) {
    for (String name : NAMES) {
      int from = Math.max(0, start - name.length());
      int idx = s.indexOf(name, from);
      while (idx >= 0 && idx < end) {
        if (idx < end && idx + name.length() > start) {
          return true;
        }
        idx = s.indexOf(name, idx + 1);
      }
    }
    return false;
  }

  private static int digit(char c) {
    return c == '两' ? 2 : "零一二三四五六七八九".indexOf(c == '〇' ? '零' : c);
  }

  /** Parses 三千五百, 二十八, 一九 (digit by digit); -1 when the run is not a number. */
  static long parse(String run) {
    boolean hasUnit = run.indexOf('十') >= 0 || run.indexOf('百') >= 0 || run.indexOf('千') >= 0;
    if (!hasUnit) {
      long v = 0;
      for (char c : run.toCharArray()) {
        v = v * 10 + digit(c);
      }
      return v;
    }
    long total = 0;
    long current = -1;
    for (char c : run.toCharArray()) {
      int unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
          };
      if (unit == 0) {
        current = digit(c);
      } else {
        total += (current < 0 ? 1 : current) * unit;
        current = -1;
      }
    }
    if (current > 0) {
      total += current;
    }
    return total;
  }
}
