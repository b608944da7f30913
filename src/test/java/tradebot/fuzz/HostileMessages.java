package tradebot.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;

/**
 * Generates chat messages a hostile or careless user might send: real questions mutated, random
 * Unicode (CJK, emoji with joiners and flags, RTL and bidi controls, control characters, lone
 * surrogates), HTML, Markdown and Slack mrkdwn markup, commands with odd arguments, numbers with
 * units, mixed scripts, and now and then a very long message. One message is a pure function of
 * its seed, so a failure is reproduced from the seed the test prints.
 */
public final class HostileMessages {

  private static final String[] DOMAIN = {
    "湖南", "长沙", "長沙", "湘", "外贸", "進出口", "进出口总值", "出口", "进口", "增长", "增速", "同比",
    "亿元", "億元", "万元", "%", "汽车", "電動汽車", "锂电池", "打火机", "农业机械", "对非", "非洲", "东盟",
    "自贸区", "长沙片区", "跨境电商", "新三样", "2025年", "去年", "今年", "多少", "几", "吗", "？", "?",
    "Hunan", "Changsha", "exports", "imports", "trade", "EV", "growth", "billion yuan", "Africa", "ASEAN",
    "how much", "what was", "in 2025", "last year", "lithium batteries", "lighters", "BYD", "free trade zone",
  };

  private static final String[] NUMBERS = {
    "5414.1", "5,414.1", "541.41", "124.4億元", "7.3亿元", "65.6%", "120.5%", "+9.6%", "-3%", "0", "00000",
    "１２３４", "二〇二五", "两千亿", "3e9", "NaN", "∞", "¥100", "$1.2bn", "1/2", "½", "١٢٣", "९९", "2025-13-45",
    "99999999999999999999999", "-0.0", "1,2,3", "10^6", "百分之五十", "3 billion", "12 million tons", "5000亿以上",
  };

  private static final String[] MARKUP = {
    "<b>", "</b>", "<i>x</i>", "</a>", "<a href=\"javascript:alert(1)\">x</a>", "<script>alert(1)</script>",
    "<blockquote>", "</blockquote>", "<tg-spoiler>", "<br/>", "<!-- -->", "<", ">", "&", "&amp;", "&lt;", "&gt;",
    "&#60;", "&#x3C;", "&nbsp;", "&bogus;", "&", "*bold*", "_italic_", "__u__", "~strike~", "~~s~~", "||spoiler||",
    "`code`", "```pre```", "[link](http://example.com)", "# heading", "> quote", ">>> quote", "\\", "\\*",
    "<@U0123ABC>", "<@U0BOT>", "<!here>", "<!channel>", "<!everyone>", "<#C0123|general>", "<http://x.test|label>",
    "<mailto:a@b.c>", ":smile:", "&amp;lt;", "%s", "%n", "{0}", "${jndi:ldap://x}", "'; DROP TABLE subscription; --",
    "\"", "'", "$1", "\\1", "(?i)", "[[", "]]",
  };

  private static final String[] COMMANDS = {
    "/start", "/help", "/ask", "/topics", "/fact", "/subscribe", "/unsubscribe", "/subscriptions", "/unknown",
    "/ask@TradeFactsBot", "/start@TradeFactsBot", "/", "//", "/START", "/Ask", "/fact@", "/subscribe@x@y",
  };

  private static final String[] SPECIAL = {
    "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000B", "\u000C", "\u001B[31m", "\u007F",
    "\u0085", "\u00A0", "\u00AD", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u2028", "\u2029",
    "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\uFFFD",
    "\uFFFF", "\uD800", "\uDFFF", "\u0301", "\u0336", "\u3000", "\uFF1F", "\uFF01",
  };

  private static final String[] EMOJI = {
    "😀", "🇨🇳", "🇭🇰", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "🚗", "🔋", "📈", "1️⃣", "🫠", "🀄", "©", "™",
  };

  private static final String[] RTL = {
    "مرحبا", "التجارة الخارجية", "שלום", "יצוא", "ما هي صادرات هونان؟", "\u202Eexports\u202C", "عربى 2025",
  };

  private static final String[] OTHER_SCRIPTS = {
    "Привет", "экспорт", "こんにちは", "輸出", "한국어", "수출", "Ελληνικά", "हिन्दी", "ไทย", "Ⅻ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "𝟓𝟒𝟏𝟒",
    "ＨＵＮＡＮ", "ｅｘｐｏｒｔｓ", "Ǆ", "ß", "İ", "ﬁ",
  };

  private final List<String> questions;
  private final List<String> factIds;
  private final int longLength;

  /**
   * @param questions real questions (the public evaluation set), mutated to reach answering paths
   * @param factIds the store's indicator ids, for /start f_ and /fact payloads
   * @param longLength how long a "very long" message may get
   */
  public HostileMessages(List<String> questions, List<String> factIds, int longLength) {
    this.questions = List.copyOf(questions);
    this.factIds = List.copyOf(factIds);
    this.longLength = longLength;
  }

  /**
   * Questions built from the store (each indicator's keywords and metric names, as a user would ask
   * in Chinese and English) plus a few fixed ones, so many messages reach the answering paths.
   */
  public static HostileMessages from(IndicatorStore store) {
    List<String> questions =
        new ArrayList<>(
            List.of(
                "湖南去年农业机械出口多少？", "長沙對非洲進出口增長多少？", "How much were Hunan's EV exports in 2025?",
                "What was Hunan's total foreign trade in 2025?", "外贸多少？", "上海外贸多少？", "湖南打火机出口多少",
                "长沙2025年进出口规模及增速", "湖南 EV 出口数量同比增幅", "BYD长沙和Anker出口增速多少"));
    for (Indicator i : store.indicators()) {
      String place = i.region().equals("changsha") ? "长沙" : i.region().equals("hunan") ? "湖南" : "";
      questions.add(place + i.metricZh() + "是多少？");
      questions.add("What about " + i.metricEn() + " in " + i.region() + "?");
      if (!i.keywordsZh().isEmpty()) {
        questions.add(String.join(" ", i.keywordsZh()) + "多少");
      }
      if (!i.keywordsEn().isEmpty()) {
        questions.add("how much " + i.keywordsEn().get(0));
      }
    }
    List<String> ids = store.indicators().stream().map(Indicator::id).toList();
    return new HostileMessages(questions, ids, 40_000);
  }

  /** The message for one seed. */
  public String message(long seed) {
    Random r = new Random(seed);
    return switch (r.nextInt(12)) {
      case 0, 1, 2 -> mutatedQuestion(r);
      case 3 -> command(r);
      case 4 -> randomCodePoints(r, r.nextInt(80));
      case 5 -> cjk(r, 1 + r.nextInt(60));
      case 6 -> r.nextInt(20) == 0 ? veryLong(r) : collage(r, 1 + r.nextInt(12));
      default -> collage(r, 1 + r.nextInt(10));
    };
  }

  /** A real question with pieces of hostile text inserted, replaced or appended. */
  private String mutatedQuestion(Random r) {
    StringBuilder sb = new StringBuilder(pick(r, questions));
    int edits = r.nextInt(4);
    for (int i = 0; i < edits; i++) {
      String piece = piece(r);
      int at = safeIndex(sb, r.nextInt(sb.length() + 1));
      switch (r.nextInt(3)) {
        case 0 -> sb.insert(at, piece);
        case 1 -> sb.append(piece);
        default -> {
          int end = safeIndex(sb, Math.min(sb.length(), at + r.nextInt(4)));
          sb.replace(at, Math.max(at, end), piece);
        }
      }
    }
    return sb.toString();
  }

  private String command(Random r) {
    String name = pick(r, COMMANDS);
    String args =
        switch (r.nextInt(8)) {
          case 0 -> "";
          case 1 -> "f_" + pick(r, factIds);
          case 2 -> pick(r, factIds);
          case 3 -> "f_" + collage(r, 1 + r.nextInt(3));
          case 4 -> pick(r, new String[] {"08:30", "25:99", "8", "09:00 Asia/Shanghai", "07:15 UTC+5:45 汽车",
                                         "23:59 Europe/Berlin cars", "12:00 Mars/Olympus", "all", "1 2 3", "-1"});
          case 5 -> pick(r, questions);
          default -> collage(r, 1 + r.nextInt(5));
        };
    String sep = r.nextInt(6) == 0 ? pick(r, new String[] {"  ", "\t", "\n", "\u3000", ""}) : " ";
    return args.isEmpty() && r.nextBoolean() ? name : name + sep + args;
  }

  private String collage(Random r, int parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (i > 0 && r.nextInt(3) == 0) {
        sb.append(' ');
      }
      sb.append(piece(r));
    }
    return sb.toString();
  }

  private String piece(Random r) {
    return switch (r.nextInt(10)) {
      case 0, 1 -> pick(r, DOMAIN);
      case 2 -> pick(r, NUMBERS);
      case 3 -> pick(r, MARKUP);
      case 4 -> pick(r, SPECIAL);
      case 5 -> pick(r, EMOJI);
      case 6 -> pick(r, RTL);
      case 7 -> pick(r, OTHER_SCRIPTS);
      case 8 -> cjk(r, 1 + r.nextInt(4));
      default -> randomCodePoints(r, 1 + r.nextInt(4));
    };
  }

  private String veryLong(Random r) {
    int target = 4_000 + r.nextInt(Math.max(1, longLength - 4_000));
    StringBuilder sb = new StringBuilder(target + 64);
    String unit = r.nextBoolean() ? collage(r, 1 + r.nextInt(4)) : pick(r, questions);
    while (sb.length() < target) {
      sb.append(r.nextInt(8) == 0 ? piece(r) : unit);
    }
    return sb.toString();
  }

  /** CJK ideographs, mostly from the common block, some from extension B (outside the BMP). */
  private static String cjk(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.appendCodePoint(r.nextInt(10) == 0 ? 0x20000 + r.nextInt(0xA6E0) : 0x4E00 + r.nextInt(0x9FA5 - 0x4E00));
    }
    return sb.toString();
  }

  /** Any code point at all, lone surrogates and unassigned ones included. */
  private static String randomCodePoints(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int cp =
          switch (r.nextInt(4)) {
            case 0 -> r.nextInt(0x80);
            case 1 -> r.nextInt(0x3000);
            case 2 -> r.nextInt(0x10000);
            default -> r.nextInt(Character.MAX_CODE_POINT + 1);
          };
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /** An index that does not split a surrogate pair (edits there would make two lone surrogates). */
  private static int safeIndex(CharSequence s, int i) {
    if (i > 0 && i < s.length() && Character.isLowSurrogate(s.charAt(i)) && Character.isHighSurrogate(s.charAt(i - 1))) {
      return i - 1;
    }
    return i;
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static String pick(Random r, List<String> options) {
    return options.get(r.nextInt(options.size()));
  }
}
