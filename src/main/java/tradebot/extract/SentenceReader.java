package tradebot.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.store.Indicator.Kind;

/**
 * Reads the figures of one sentence, clause by clause. The subject is carried across the clauses of
 * a sentence: in "出口120.5亿元，增长10.2%；进口80.3亿元，下降3.1%" each growth rate belongs to the amount
 * before it, and in "猪肉出口1.7万吨，货值7597万美元" the 货值 is the pork exports' value.
 */
final class SentenceReader {

  /** What the sentence is read against: the place and period in force before it. */
  record Context(String place, Period period, String province, String city, String zone) {}

  private static final Pattern CLAUSE = Pattern.compile("[^，,；;：:。！？!?]+");
  private static final Pattern GROWTH_BEFORE =
      Pattern.compile("(?:同比|比上年|较上年|比去年|较去年|比去年同期|较去年同期|较上年同期|比上年同期)?(?:分别)?(增长|增幅达?|增速达?|增速为|上升|提高|增加|攀升|下降|下滑|回落|减少|降低|降幅达?|降幅为|下跌)(?:了|为|达|达到)?$");
  private static final Pattern MARGIN_BEFORE = Pattern.compile("(高出|高|快|低|慢|提高|提升|下降|上升)(?:了)?$");
  private static final Pattern SHARE_WORD = Pattern.compile("占比|比重|占[^，,。；;]*?(?:的|比)?|份额");
  private static final Pattern RANK =
      Pattern.compile("(?:排名|位居|居于|居|位列|名列|列|排)(全国|全省|中部|中西部|全球|世界)?(?:各省份|省份|城市)?(?:中)?(第[一二三四五六七八九十\\d]+(?:位|名)?|首位|前列|榜首)|(全国|全省|中部|中西部)(首位|第一|榜首)");
  private static final Pattern LEADING =
      Pattern.compile("^(?:其中|同期|此外|另外|同时|而|并|且|但|全年|累计|共计|总计|合计|共|实现|完成|首次|已经|已|目前|当年|年内|今年|去年|较去年同期|同比|其|以及|和|与此同时|从[^，]{1,8}看|据[^，]{1,12})+");
  private static final Pattern TRAILING =
      Pattern.compile("(?:首次突破|突破|超过|逾|超|近|接近|将近|逼近|约|达到|达|为|是|有|共|实现|完成|累计|合计|总计|同比|增长|分别|均|已|仅)+$");
  private static final List<String> GENERIC =
      List.of("货值", "金额", "总金额", "价值", "出口额", "进口额", "进出口额", "贸易额", "规模", "总额", "总值", "数量", "额", "增速", "增幅", "占比", "比重");
  private static final Pattern REFERS_BACK = Pattern.compile("[，、]?(?:合计|共计|总计|共|分别)");
  private static final Pattern CHANGE_ONLY =
      Pattern.compile("[，、]?(?:同比|比上年|较上年|比去年|较去年|较去年同期|比去年同期)?(?:净)?(?:增加|新增|增长|减少|下降)了?");
  private static final String DECLINE = "下降下滑回落减少降低降幅下跌";

  private final AmountExtractor amounts = new AmountExtractor();
  private final PeriodExtractor periods = new PeriodExtractor();
  private final Places places;

  SentenceReader(Places places) {
    this.places = places;
  }

  /** The figures of a sentence; {@code simplified} is the sentence folded to Simplified, same length. */
  List<Figure> read(String sentence, String simplified, Context context, int referenceYear) {
    String s = Dateline.blank(simplified);
    List<PeriodExtractor.Found> named = periods.find(s, referenceYear);
    Period sentencePeriod = named.isEmpty() ? context.period() : named.get(0).period();
    String sentencePlace = context.place();
    List<Figure> out = new ArrayList<>();
    String subject = "";
    Matcher clause = CLAUSE.matcher(s);
    while (clause.find()) {
      String text = clause.group();
      int offset = clause.start();
      Period period = sentencePeriod;
      for (PeriodExtractor.Found f : named) {
        if (f.start() >= offset && f.start() < clause.end()) {
          period = f.period();
          break;
        }
      }
      String place = placeOf(text, context, sentencePlace);
      sentencePlace = place;
      List<AmountExtractor.Found> found = amounts.find(text);
      int cursor = 0;
      for (AmountExtractor.Found a : found) {
        String before = text.substring(cursor, a.start());
        Quantity q = a.quantity();
        Matcher g = GROWTH_BEFORE.matcher(before);
        if (q.isPercent() && g.find() || q.unit().equals("倍") && g.find()) {
          boolean down = DECLINE.contains(g.group(1).substring(0, 2));
          String growth = (down ? "-" : "") + q.text() + q.unit();
          String own = clean(before.substring(0, g.start()), context);
          int last = lastAmount(out);
          if (own.isEmpty() && last >= 0 && out.get(last).growth().isEmpty()) {
            out.set(last, out.get(last).withGrowth(growth));
          } else {
            String measure = own.isEmpty() ? subject : withSubject(own, subject);
            if (!measure.isEmpty()) {
              out.add(new Figure(measure + (measure.endsWith("增速") ? "" : "增速"), place, period, Kind.GROWTH, q, growth, sentence));
            }
          }
        } else if (q.unit().equals("个百分点")) {
          Matcher mg = MARGIN_BEFORE.matcher(before);
          String own = clean(before, context);
          // "比全省进口增速高出42.2个百分点": how far the subject's growth is above another
          String measure =
              (own.startsWith("比") || own.startsWith("较")) && !subject.isEmpty()
                  ? subject + "增速" + own
                  : withSubject(own, subject);
          if (mg.find() && !measure.isEmpty()) {
            out.add(new Figure(measure, place, period, Kind.GROWTH, q, "", sentence));
          }
        } else if (q.isPercent() && (SHARE_WORD.matcher(before).find() || q.unit().equals("成") || q.unit().isEmpty())) {
          String own = clean(before, context);
          String raw = before.strip();
          boolean ownSubject = !(raw.startsWith("占") || raw.startsWith("在") || raw.startsWith("，") || own.isEmpty());
          String measure = ownSubject ? withSubject(own, subject) : subject + own;
          if (!measure.isEmpty()) {
            out.add(new Figure(measure, place, period, Kind.SHARE, q, "", sentence));
          }
        } else if (!q.isPercent() && CHANGE_ONLY.matcher(before.strip()).matches() && lastAmount(out) >= 0
            && out.get(lastAmount(out)).quantity().unit().equals(q.unit())
            && out.get(lastAmount(out)).growth().isEmpty()) {
          // 企业达8127家，同比增加614家: the change of the count before it, not a count of its own
          boolean down = before.contains("减少") || before.contains("下降");
          int last = lastAmount(out);
          out.set(last, out.get(last).withGrowth((down ? "-" : "+") + q.text() + q.unit()));
        } else if (!q.isPercent()) {
          String own = clean(before, context);
          // 民营企业达6932家，合计进出口2631.4亿元: 合计, 共, 其中 refer back to the subject
          boolean refersBack = REFERS_BACK.matcher(before.strip()).lookingAt() && !subject.isEmpty() && !own.startsWith(subject);
          String measure = refersBack ? subject + own : withSubject(own, subject);
          if (measure.isEmpty()) {
            cursor = a.end();
            continue;
          }
          Kind kind = Units.isCounter(q.baseUnit()) ? Kind.COUNT : Kind.VALUE;
          Figure f = new Figure(measure, place, period, kind, q, "", sentence);
          out.add(f);
          if (!isGeneric(own)) {
            subject = measure;
          }
        }
        cursor = a.end();
      }
      Matcher rank = RANK.matcher(text);
      if (rank.find() && found.stream().noneMatch(a -> a.start() <= rank.start() && rank.start() < a.end())) {
        String own = clean(text.substring(0, rank.start()), context);
        String measure = withSubject(own, subject);
        String value = rank.group(2) != null ? rank.group(2) : rank.group(4);
        String scope = rank.group(1) != null ? rank.group(1) : rank.group(3) == null ? "" : rank.group(3);
        if (!measure.isEmpty()) {
          Quantity q = new Quantity(scope + value, scope + value, "", null, "rank", "");
          out.add(new Figure(measure + "排名", place, period, Kind.RANK, q, "", sentence));
        }
      }
      if (found.isEmpty()) {
        String own = clean(text, context);
        if (own.length() >= 2 && own.length() <= 24 && own.matches(".*(出口|进口|进出口|贸易|外贸).*")) {
          subject = trimToHead(own);
        }
      }
    }
    return out;
  }

  /** The amount a bare growth rate ("，增长28.3%") belongs to: the last one read in this sentence. */
  private static int lastAmount(List<Figure> out) {
    int i = out.size() - 1;
    return i >= 0 && (out.get(i).kind() == Kind.VALUE || out.get(i).kind() == Kind.COUNT) ? i : -1;
  }

  /** A subject clause ends at its last trade word: "高新技术产品出口同样表现不俗" is about 高新技术产品出口. */
  private static String trimToHead(String clause) {
    Matcher m = Pattern.compile(".*(?:进出口|出口|进口|贸易|外贸)(?:商品|产品|总额|总值|额)?").matcher(clause);
    return m.lookingAt() ? m.group() : clause;
  }

  private String placeOf(String clause, Context context, String carried) {
    for (Places.Found f : places.find(clause)) {
      // 居全国第11位, 占全国比重: the nation is the field of a comparison, not where the figure holds
      if (!f.place().isPartner() && !f.place().kind().equals("country") && !isPartnerPosition(clause, f.start())) {
        return f.place().id();
      }
    }
    if ((clause.contains("片区") || clause.contains("园区") || clause.contains("全区")) && context.zone() != null) {
      return context.zone();
    }
    if (clause.contains("全省") || clause.contains("我省")) {
      return context.province() == null ? carried : context.province();
    }
    if (clause.contains("全市") || clause.contains("我市")) {
      return context.city() == null ? carried : context.city();
    }
    return carried;
  }

  /**
   * 对广东, 与上海, 自日本: a place after these words is a partner, not where the figure holds; after 占
   * it is the whole of a share (占长沙市外贸总值的比重).
   */
  private static boolean isPartnerPosition(String clause, int at) {
    return at > 0 && "对与同和向自从往占".indexOf(clause.charAt(at - 1)) >= 0;
  }

  private static boolean isGeneric(String measure) {
    return measure.isEmpty() || GENERIC.contains(measure);
  }

  private static String withSubject(String own, String subject) {
    if (subject.isEmpty()) {
      return own;
    }
    // 增速在前五大贸易伙伴中排名第一: the growth of the subject
    for (String generic : GENERIC) {
      if (generic.length() >= 2 && own.startsWith(generic) && !own.equals(generic) && !generic.contains("额")) {
        return subject + own;
      }
    }
    if (!isGeneric(own)) {
      return own;
    }
    // 高新技术产品出口 + 出口额 → 高新技术产品出口额, not …出口出口额
    for (String head : List.of("进出口", "出口", "进口", "贸易")) {
      if (own.startsWith(head) && subject.endsWith(head)) {
        return subject + own.substring(head.length());
      }
    }
    return subject + own;
  }

  /** The measure phrase: the clause's words before the figure, without place, period and verbs. */
  private String clean(String text, Context context) {
    String s = text;
    for (Places.Found f : places.find(s)) {
      if (!f.place().isPartner() && !isPartnerPosition(s, f.start())) {
        s = s.substring(0, f.start()) + " ".repeat(f.end() - f.start()) + s.substring(f.end());
      }
    }
    for (PeriodExtractor.Found f : periods.find(s, 2000)) {
      s = s.substring(0, f.start()) + " ".repeat(f.end() - f.start()) + s.substring(f.end());
    }
    s = s.replace("全省", " ").replace("全市", " ").replace("我省", " ").replace("我市", " ").replace("期间", " ");
    s = s.replaceAll("[\\s“”\"「」『』《》（）()、—-]+", "");
    s = s.replaceAll("^(?:的|在)+", "");
    String prev;
    do {
      prev = s;
      s = LEADING.matcher(s).replaceAll("");
      s = TRAILING.matcher(s).replaceAll("");
    } while (!s.equals(prev));
    return s;
  }
}
