package tradebot.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures a claim states, by dimension: amounts and counts (number, multiplier, currency
 * or counted thing), percentages (growth, decline or share, from the words around them), shares in
 * tenths (八成), percentage points and ranks, each with its qualifier. Works on text prepared by
 * {@link ClaimText} (Simplified, lower case, digits for Chinese numerals, no thousands separators).
 */
final class FigureExtractor {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\d.a-z])(\\d+(?:\\.\\d+)?)|(?<![\\d一二三四五六七八九十])([百千])(?=万|亿)");
  private static final Pattern MULTIPLIER =
      Pattern.compile("^\\s*(万亿|trillion|billion|million|thousand|亿|万|千|bn|mn|m(?![a-z])|k(?![a-z]))");
  private static final Pattern ROUGH_AFTER = Pattern.compile("^(多|余)");
  private static final Pattern PERCENT = Pattern.compile("^\\s*(%|percent(?:age)?(?! points?)|per cent|pct)");
  private static final Pattern POINTS =
      Pattern.compile("^\\s*(个百分点|百分点|percentage points?|pp(?![a-z])|points?)");
  private static final Pattern TENTHS = Pattern.compile("(\\d+|[一二三四五六七八九])成");
  private static final Pattern FRACTION =
      Pattern.compile("([二三四五])分之([一二三四])|(three|two) (quarters|thirds)|\\b(half)\\b|(一半|半数)");
  private static final Pattern RANK_ZH =
      Pattern.compile("(?:全国|中西部|中部|全省|国内)?(?:第(?:[一二三四五六七八九十]|\\d+)(?!\\d*[届次批个项年])|首位|榜首|居首|头名)");
  private static final Pattern RANK_EN =
      Pattern.compile("\\b(first|second|third|1st|2nd|3rd|no\\. ?1|number one)\\b(?! (?:time|half|quarter|batch|phase))");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

  private static final Pattern QUALIFIER_ZH =
      Pattern.compile(
          "(首次突破|首次超过|首破|突破|超过|超出|逾|超|近|接近|将近|约|大约|不到|不足|低于|跌破|少于|最高|至多|至少|不少于|不低于)"
              + "(?:了)?\\s*$");
  private static final Pattern QUALIFIER_EN =
      Pattern.compile(
          "(for the first time (?:exceeded|surpassed|topped|passed|crossed|broke|exceeding)|(?:exceeded|surpassed|topped|passed|crossed|broke)(?: through| past)?"
              + "|more than|over|above|exceeding|in excess of|upwards of|nearly|almost|close to|just under|about|around"
              + "|roughly|approximately|some|fell below|dropped below|slipped below|below|under|less than|fewer than|up to"
              + "|at most|as much as|at least|no less than|no fewer than)\\s*(?:the\\s+)?$");
  private static final Pattern QUALIFIER_AFTER = Pattern.compile("^\\s*(以上|左右|上下|or more|plus)");
  private static final Pattern FIRST_TIME = Pattern.compile("首次|首破|first time|for the first");

  private static final Pattern DECLINE =
      Pattern.compile("下降|下滑|减少|降低|回落|萎缩|下跌|降|减|跌|\\b(?:fell|fall|falls|declined|declines|decline|dropped|drops|drop"
          + "|decreased|decrease|down|shrank|shrink|slipped|contracted|lower)\\b");
  private static final Pattern GROWTH =
      Pattern.compile("增长|增加|上升|提高|提升|上涨|增速|增|涨|\\b(?:grew|grow|grows|growth|rose|rise|rises|increased|increase"
          + "|increases|up|jumped|surged|climbed|expanded|gained|higher)\\b");
  private static final Pattern SHARE =
      Pattern.compile("占比|比重|份额|所占|占|\\b(?:share|accounted for|accounting for|accounts for|of the total|of total"
          + "|of hunan|of the province|of all|of the whole)\\b");

  List<Found> extract(String text) {
    List<Found> found = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      Found f = number(text, m);
      if (f != null) {
        found.add(f);
      }
    }
    tenths(text, found);
    fractions(text, found);
    ranks(text, found);
    found.sort(Comparator.comparingInt(Found::start));
    return withFirstTime(text, found);
  }

  private Found number(String text, Matcher m) {
    boolean digits = m.group(1) != null;
    String numeral = digits ? m.group(1) : m.group(2);
    BigDecimal value = digits ? new BigDecimal(numeral) : new BigDecimal(numeral.equals("百") ? 100 : 1000);
    BigDecimal step = digits ? BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())) : BigDecimal.ZERO;
    int start = m.start();
    int pos = m.end();
    if (start > 0 && text.charAt(start - 1) == '第') {
      return null; // a rank, read by ranks()
    }
    String rest = text.substring(pos);
    Matcher rough = ROUGH_AFTER.matcher(rest);
    Bound bound = Bound.EXACT;
    if (rough.find()) {
      bound = Bound.OVER;
      pos += rough.end();
      rest = text.substring(pos);
    }
    Matcher pct = PERCENT.matcher(rest);
    if (pct.find()) {
      int end = pos + pct.end();
      Measure measure = percentMeasure(text, start, end);
      Figure f = new Figure(measure, value, step.multiply(HALF), Units.PERCENT,
          qualifier(text, start, end, bound), text.substring(start, end));
      f = withQualifierAfter(text, f, end);
      boolean decline = measure == Measure.GROWTH && declines(text, start, end);
      return new Found(decline ? f.negated() : f, qualifierStart(text, start), f.written().length() + start);
    }
    Matcher pts = POINTS.matcher(rest);
    if (pts.find()) {
      int end = pos + pts.end();
      return new Found(new Figure(Measure.POINTS, value, step.multiply(HALF), "pp",
          qualifier(text, start, end, bound), text.substring(start, end)), qualifierStart(text, start), end);
    }
    BigDecimal multiplier = BigDecimal.ONE;
    Matcher mult = MULTIPLIER.matcher(rest);
    boolean multiplied = false;
    if (mult.find()) {
      multiplier = Units.MULTIPLIERS.get(mult.group(1));
      multiplied = true;
      pos += mult.end();
      rest = text.substring(pos);
      Matcher rough2 = ROUGH_AFTER.matcher(rest);
      if (rough2.find()) {
        bound = Bound.OVER;
        pos += rough2.end();
        rest = text.substring(pos);
      }
    } else if (!digits) {
      return null;
    }
    if (!multiplied && YEAR.matcher(numeral).matches()) {
      return null; // 2025 is a year, not a count
    }
    String currency = currencyBefore(text, start);
    int end = pos;
    int nounEnd = -1; // "100,000 electric vehicles": the noun shows what was counted, but stays in the question
    String unit = "";
    String r = rest.stripLeading();
    int lead = rest.length() - r.length();
    for (Map.Entry<String, String> c : Units.CURRENCIES.entrySet()) {
      if (r.startsWith(c.getKey()) && wordEnds(r, c.getKey().length())) {
        currency = c.getValue();
        end = pos + lead + c.getKey().length();
        break;
      }
    }
    if (currency != null) {
      unit = currency;
    } else {
      String counted = counter(r);
      if (counted != null) {
        unit = Units.COUNTERS.get(counted);
        end = pos + lead + counted.length();
      } else {
        String noun = englishNoun(r);
        if (noun != null) {
          unit = Units.COUNTERS.get(noun);
          nounEnd = pos + lead + r.indexOf(noun) + noun.length();
        } else if (!multiplied) {
          return null; // a bare number (a year, an ordinal) is not a figure
        }
      }
    }
    Measure measure = Units.isCurrency(unit) || (unit.isEmpty() && multiplied && !"万".equals(mult.group(1)))
        ? Measure.AMOUNT : Measure.QUANTITY;
    BigDecimal base = value.multiply(multiplier);
    Figure f = new Figure(measure, base, step.multiply(multiplier).multiply(HALF), unit,
        qualifier(text, start, end, bound), text.substring(start, end));
    f = withQualifierAfter(text, f, end);
    int blankEnd = start + f.written().length();
    if (nounEnd > blankEnd) {
      f = new Figure(f.measure(), f.value(), f.tolerance(), f.unit(), f.bound(), text.substring(start, nounEnd));
    }
    return new Found(f, qualifierStart(text, start), blankEnd);
  }

  private static boolean wordEnds(String s, int at) {
    return at >= s.length() || !Character.isLetter(s.charAt(at)) || Character.UnicodeScript.of(s.charAt(at - 1)) == Character.UnicodeScript.HAN;
  }

  private static String counter(String r) {
    for (String c : Units.COUNTERS.keySet()) {
      if (c.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) && r.startsWith(c)) {
        return c;
      }
    }
    return null;
  }

  /** "100,000 electric vehicles", "28 tunnel boring machines": a counted noun within three words. */
  private static String englishNoun(String r) {
    String[] words = r.split("[\\d,，。;；:：.!?]", 2)[0].split("[^a-z-]+", 5);
    for (int i = 0; i < Math.min(words.length, 4); i++) {
      String w = words[i];
      if (Units.COUNTERS.containsKey(w) && !w.isEmpty()) {
        return w;
      }
    }
    return null;
  }

  private static String currencyBefore(String text, int start) {
    Matcher c = Units.CURRENCY_PREFIX.matcher(text.substring(Math.max(0, start - 6), start));
    return c.find() ? Units.prefixCurrency(c.group(1)) : null;
  }

  /** The qualifier written just before the figure (超, more than), or a 多/余 already read after it. */
  private static Bound qualifier(String text, int start, int end, Bound after) {
    String before = text.substring(Math.max(0, start - 40), start);
    before = Units.CURRENCY_PREFIX.matcher(before).replaceAll("");
    Matcher zh = QUALIFIER_ZH.matcher(before);
    if (zh.find()) {
      return zhBound(zh.group(1));
    }
    Matcher en = QUALIFIER_EN.matcher(before);
    if (en.find()) {
      return enBound(en.group(1));
    }
    return after;
  }

  private static int qualifierStart(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    String stripped = Units.CURRENCY_PREFIX.matcher(before).replaceAll("");
    int offset = start - before.length();
    Matcher zh = QUALIFIER_ZH.matcher(stripped);
    if (zh.find()) {
      return offset + zh.start();
    }
    Matcher en = QUALIFIER_EN.matcher(stripped);
    if (en.find()) {
      return offset + en.start();
    }
    return start - (before.length() - stripped.length());
  }

  private static Figure withQualifierAfter(String text, Figure f, int end) {
    Matcher after = QUALIFIER_AFTER.matcher(text.substring(end));
    if (after.find() && f.bound() == Bound.EXACT) {
      Bound b = after.group(1).equals("左右") || after.group(1).equals("上下") ? Bound.ABOUT : Bound.AT_LEAST;
      return new Figure(f.measure(), f.value(), f.tolerance(), f.unit(), b,
          f.written() + text.substring(end, end + after.end()));
    }
    return f;
  }

  static Bound zhBound(String q) {
    return switch (q) {
      case "首次突破", "首次超过", "首破" -> Bound.FIRST_OVER;
      case "突破", "超过", "超出", "逾", "超" -> Bound.OVER;
      case "近", "接近", "将近" -> Bound.NEARLY;
      case "约", "大约" -> Bound.ABOUT;
      case "不到", "不足", "低于", "跌破", "少于" -> Bound.UNDER;
      case "最高", "至多" -> Bound.AT_MOST;
      case "至少", "不少于", "不低于", "以上" -> Bound.AT_LEAST;
      default -> Bound.EXACT;
    };
  }

  private static Bound enBound(String q) {
    if (q.startsWith("for the first time")) {
      return Bound.FIRST_OVER;
    }
    return switch (q) {
      case "nearly", "almost", "close to", "just under" -> Bound.NEARLY;
      case "about", "around", "roughly", "approximately", "some" -> Bound.ABOUT;
      case "fell below", "dropped below", "slipped below", "below", "under", "less than", "fewer than" -> Bound.UNDER;
      case "up to", "at most", "as much as" -> Bound.AT_MOST;
      case "at least", "no less than", "no fewer than" -> Bound.AT_LEAST;
      default -> Bound.OVER;
    };
  }

  /** Growth, decline or share, by the cue nearest before the figure, else just after it. */
  private static Measure percentMeasure(String text, int start, int end) {
    String before = clauseBefore(text, start);
    int growth = lastIndex(GROWTH, before);
    int decline = lastIndex(DECLINE, before);
    int share = lastIndex(SHARE, before);
    int best = Math.max(growth, Math.max(decline, share));
    if (best >= 0) {
      return best == share ? Measure.SHARE : Measure.GROWTH;
    }
    String after = text.substring(end, Math.min(text.length(), end + 20));
    if (SHARE.matcher(after).lookingAt() || after.matches("(?s)\\s*(?:of|的比重|的份额).*")) {
      return Measure.SHARE;
    }
    return Measure.GROWTH;
  }

  private static boolean declines(String text, int start, int end) {
    String before = clauseBefore(text, start);
    int growth = lastIndex(GROWTH, before);
    int decline = lastIndex(DECLINE, before);
    if (growth < 0 && decline < 0) {
      String after = text.substring(end, Math.min(text.length(), end + 20));
      Matcher d = DECLINE.matcher(after);
      Matcher g = GROWTH.matcher(after);
      return d.find() && (!g.find() || d.start() < g.start());
    }
    return decline > growth;
  }

  private static String clauseBefore(String text, int start) {
    String before = text.substring(0, start);
    int cut = Math.max(Math.max(before.lastIndexOf('，'), before.lastIndexOf(',')),
        Math.max(before.lastIndexOf('；'), before.lastIndexOf('。')));
    return before.substring(cut + 1);
  }

  private static int lastIndex(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last;
  }

  private void tenths(String text, List<Found> found) {
    Matcher m = TENTHS.matcher(text);
    while (m.find()) {
      String n = m.group(1);
      int v = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : "一二三四五六七八九".indexOf(n) + 1;
      int start = qualifierStart(text, m.start());
      Figure f = new Figure(Measure.SHARE, BigDecimal.valueOf(v * 10L), BigDecimal.valueOf(5), Units.PERCENT,
          qualifier(text, m.start(), m.end(), Bound.EXACT), text.substring(m.start(), m.end()));
      found.add(new Found(withQualifierAfter(text, f, m.end()), start, m.end()));
    }
  }

  private void fractions(String text, List<Found> found) {
    Matcher m = FRACTION.matcher(text);
    while (m.find()) {
      BigDecimal v;
      if (m.group(1) != null) {
        int den = "二三四五".indexOf(m.group(1)) + 2;
        int num = "一二三四".indexOf(m.group(2)) + 1;
        v = BigDecimal.valueOf(num * 100.0 / den);
      } else if (m.group(3) != null) {
        int num = m.group(3).equals("three") ? 3 : 2;
        int den = m.group(4).equals("quarters") ? 4 : 3;
        v = BigDecimal.valueOf(num * 100.0 / den);
      } else {
        v = BigDecimal.valueOf(50);
      }
      Figure f = new Figure(Measure.SHARE, v, BigDecimal.ONE, Units.PERCENT,
          qualifier(text, m.start(), m.end(), Bound.EXACT), text.substring(m.start(), m.end()));
      found.add(new Found(withQualifierAfter(text, f, m.end()), qualifierStart(text, m.start()), m.end()));
    }
  }

  private void ranks(String text, List<Found> found) {
    for (Pattern p : List.of(RANK_ZH, RANK_EN)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int n = ordinal(m.group());
        if (n > 0) {
          found.add(new Found(new Figure(Measure.RANK, BigDecimal.valueOf(n), BigDecimal.ZERO, "", Bound.EXACT,
              m.group()), m.start(), m.end()));
        }
      }
    }
  }

  static int ordinal(String rank) {
    String r = rank.replaceAll("^(全国|中西部|中部|全省|国内)", "").replace("第", "").strip();
    if (r.matches("\\d+")) {
      return Integer.parseInt(r);
    }
    return switch (r) {
      case "首位", "榜首", "居首", "头名", "一", "first", "1st", "no. 1", "no.1", "number one" -> 1;
      case "二", "second", "2nd" -> 2;
      case "三", "third", "3rd" -> 3;
      default -> r.length() == 1 && "四五六七八九十".contains(r) ? "四五六七八九十".indexOf(r) + 4 : -1;
    };
  }

  /** "首次突破10万辆", "for the first time in 2025": a first crossing, wherever the clause says so. */
  private static List<Found> withFirstTime(String text, List<Found> found) {
    if (!FIRST_TIME.matcher(text).find()) {
      return found;
    }
    List<Found> out = new ArrayList<>();
    for (Found f : found) {
      Figure fig = f.figure();
      boolean amount = fig.measure() == Measure.AMOUNT || fig.measure() == Measure.QUANTITY;
      if (amount && (fig.bound() == Bound.EXACT || fig.bound() == Bound.OVER)) {
        out.add(new Found(fig.withBound(Bound.FIRST_OVER), f.start(), f.end()));
      } else {
        out.add(f);
      }
    }
    return out;
  }
}
