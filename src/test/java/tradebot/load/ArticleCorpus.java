package tradebot.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tradebot.text.ChineseConverter;

/**
 * Writes N realistic trade articles for ingest benchmarks: varied places, periods, products, partners
 * and figures (amounts in 亿元 / 万美元 / 万吨, growth, shares, ranks, counts), a third of them in
 * Traditional script, each with a headline, a dateline and several paragraphs. Seeded: the same N
 * gives the same articles.
 *
 * <pre>java -cp $CP tradebot.load.ArticleCorpus 1000 /tmp/articles</pre>
 *
 * writes {@code /tmp/articles/a0000.txt} … and {@code /tmp/articles/dates.tsv} (file, date).
 */
public final class ArticleCorpus {

  private static final String[] PLACES = {
    "长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底", "湘西州"
  };
  private static final String[] PRODUCTS = {
    "机电产品", "高新技术产品", "劳动密集型产品", "农产品", "电动汽车", "锂离子蓄电池", "工程机械", "茶叶",
    "烟花爆竹", "钢材", "稀土", "服装", "箱包", "陶瓷", "猪肉", "中药材", "集成电路", "太阳能电池"
  };
  private static final String[] PARTNERS = {"东盟", "欧盟", "美国", "非洲", "拉丁美洲", "“一带一路”沿线国家", "日本", "韩国", "中东"};
  private static final String[] PERIODS = {"一季度", "上半年", "前三季度", "1至8月", "前11个月", "全年", "1至5月"};
  private static final String[] GROWTH = {"增长", "同比增长", "增长", "下降", "增幅达"};

  private final Random random;
  private final ChineseConverter converter = new ChineseConverter();

  ArticleCorpus(long seed) {
    this.random = new Random(seed);
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    ArticleCorpus corpus = new ArticleCorpus(20261129L);
    StringBuilder dates = new StringBuilder();
    for (int i = 0; i < n; i++) {
      Generated a = corpus.article(i);
      String name = String.format(Locale.ROOT, "a%04d.txt", i);
      Files.writeString(dir.resolve(name), a.text(), StandardCharsets.UTF_8);
      dates.append(name).append('\t').append(a.date()).append('\n');
    }
    Files.writeString(dir.resolve("dates.tsv"), dates.toString(), StandardCharsets.UTF_8);
    System.out.println(n + " articles in " + dir);
  }

  /** One article's text (headline first) and its date. */
  record Generated(String text, String date) {}

  Generated article(int index) {
    int year = 2015 + random.nextInt(11);
    int month = 2 + random.nextInt(10);
    int day = 1 + random.nextInt(28);
    String place = pick(PLACES);
    String period = pick(PERIODS);
    String product = pick(PRODUCTS);
    String partner = pick(PARTNERS);
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(String.format(Locale.ROOT, "本报%s%d月%d日讯（记者 张%s）据%s海关统计，今年%s，%s市外贸进出口总值%s亿元，同比%s%s%%。",
        place, month, day, pick(new String[] {"伟", "敏", "静", "磊", "洋"}), "长沙", period, place, amount(100, 3000),
        pick(GROWTH), pct()));
    paragraphs.add(String.format(Locale.ROOT, "其中，出口%s亿元，增长%s%%；进口%s亿元，%s%s%%。", amount(50, 2000), pct(),
        amount(20, 1000), pick(new String[] {"增长", "下降"}), pct()));
    paragraphs.add(String.format(Locale.ROOT, "从产品看，%s出口%s亿元，增长%s%%，占全市出口总值的%s%%；%s出口%s万吨，货值%s万美元。",
        product, amount(5, 300), pct(), pct(), pick(PRODUCTS), amount(1, 90), amount(500, 90000)));
    paragraphs.add(String.format(Locale.ROOT, "从市场看，%s对%s进出口%s亿元，增长%s%%，%s为第%s大贸易伙伴。", place, partner,
        amount(10, 500), pct(), partner, "一二三四五".charAt(random.nextInt(5))));
    paragraphs.add(String.format(Locale.ROOT, "%s年%s，全市有进出口实绩的外贸企业达%d家，其中民营企业进出口%s亿元，占比%s%%。", year,
        period, 200 + random.nextInt(4000), amount(50, 2000), pct()));
    paragraphs.add("业内人士表示，外贸企业将继续开拓新兴市场，提升产品附加值。");
    String headline = place + period + "外贸" + (random.nextBoolean() ? "稳中有进" : "增势强劲") + " " + product + "出口表现亮眼";
    String text = headline + "\n\n" + String.join("\n\n", paragraphs) + "\n";
    if (index % 3 == 2) {
      text = converter.toTraditional(text);
    }
    return new Generated(text, String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day));
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }

  private String amount(int min, int max) {
    double v = min + random.nextDouble() * (max - min);
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private String pct() {
    return String.format(Locale.ROOT, "%.1f", 0.5 + random.nextDouble() * 60);
  }
}
