package tradebot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tradebot.text.ChineseConverter;

/**
 * The corpus: surface forms in Simplified, Traditional and English, and the figure each must resolve
 * to (measure, value in base units, unit, qualifier).
 */
class FigureExtractorTest {

  private static final ChineseConverter CONVERTER = new ChineseConverter();

  private static Figure only(String claim) {
    List<Found> found = new FigureExtractor().extract(ClaimText.prepare(claim, CONVERTER));
    assertThat(found).as(claim).hasSize(1);
    return found.get(0).figure();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // amounts: every form of the same sum resolves to the same yuan
        "长沙进出口1,234.5亿元 | AMOUNT | 123450000000 | CNY | EXACT",
        "長沙進出口1234.5億元 | AMOUNT | 123450000000 | CNY | EXACT",
        "Changsha's trade was 123.45 billion yuan | AMOUNT | 123450000000 | CNY | EXACT",
        "Changsha's trade was RMB 123.45bn | AMOUNT | 123450000000 | CNY | EXACT",
        "农业机械出口6.8亿元 | AMOUNT | 680000000 | CNY | EXACT",
        "farm machinery exports were 680 million yuan | AMOUNT | 680000000 | CNY | EXACT",
        "新业态贸易7597万美元 | AMOUNT | 75970000 | USD | EXACT",
        "new trade was 75.97 million US dollars | AMOUNT | 75970000 | USD | EXACT",
        "new trade was US$75.97 million | AMOUNT | 75970000 | USD | EXACT",
        "汽车出口首次突破百亿元 | AMOUNT | 10000000000 | CNY | FIRST_OVER",
        "出口五千亿元 | AMOUNT | 500000000000 | CNY | EXACT",
        // qualifiers are part of the value
        "累计超30亿元 | AMOUNT | 3000000000 | CNY | OVER",
        "over 30 million yuan | AMOUNT | 30000000 | CNY | OVER",
        "超過3,000萬元 | AMOUNT | 30000000 | CNY | OVER",
        "近400家企业 | QUANTITY | 400 | company | NEARLY",
        "nearly 400 companies | QUANTITY | 400 | company | NEARLY",
        "exports fell below 100 billion yuan | AMOUNT | 100000000000 | CNY | UNDER",
        "500亿元以上 | AMOUNT | 50000000000 | CNY | AT_LEAST",
        "最高500万元 | AMOUNT | 5000000 | CNY | AT_MOST",
        "at least 7 days | QUANTITY | 7 | day | AT_LEAST",
        "2200余辆 | QUANTITY | 2200 | vehicle | OVER",
        "首次突破10萬輛 | QUANTITY | 100000 | vehicle | FIRST_OVER",
        "exported 100,000 electric vehicles for the first time | QUANTITY | 100000 | vehicle | FIRST_OVER",
        "连续7年保持 | QUANTITY | 7 | year | EXACT",
        "seven consecutive years | QUANTITY | 7 | year | EXACT",
        // percentages: growth, decline and share by the words around them
        "同比增长3.5% | GROWTH | 3.5 | % | EXACT",
        "同比增長3.5% | GROWTH | 3.5 | % | EXACT",
        "grew 16.5% | GROWTH | 16.5 | % | EXACT",
        "下降3.5% | GROWTH | -3.5 | % | EXACT",
        "fell 3.5 percent | GROWTH | -3.5 | % | EXACT",
        "a 3.5% decline | GROWTH | -3.5 | % | EXACT",
        "占全省53.1% | SHARE | 53.1 | % | EXACT",
        "accounting for 53.1% of the province | SHARE | 53.1 | % | EXACT",
        "占比超八成 | SHARE | 80 | % | OVER",
        "超過七成 | SHARE | 70 | % | OVER",
        "占比超过一半 | SHARE | 50 | % | OVER",
        "over three quarters of exports | SHARE | 75 | % | OVER",
        "高于全省27个百分点 | POINTS | 27 | pp | EXACT",
        // ranks
        "居中西部第一 | RANK | 1 | '' | EXACT",
        "居全国第二 | RANK | 2 | '' | EXACT",
        "稳居中西部城市首位 | RANK | 1 | '' | EXACT",
        "ranked second in China | RANK | 2 | '' | EXACT",
      })
  void resolvesEachSurfaceForm(String claim, Measure measure, String value, String unit, Bound bound) {
    Figure f = only(claim);
    assertThat(f.measure()).as(claim).isEqualTo(measure);
    assertThat(f.value()).as(claim).isEqualByComparingTo(new BigDecimal(value));
    assertThat(f.unit()).as(claim).isEqualTo(unit);
    assertThat(f.bound()).as(claim).isEqualTo(bound);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年湖南进出口 | 0",
        "Hunan's trade in 2025 | 0",
        "the 14th Five-Year Plan | 0",
        "湖南2025年新三样出口196.9亿元，增长88% | 2",
        "2025年长沙进出口2875.4亿元，占全省53.1%，对非进出口303.5亿元 | 3",
        "for the first time in 2025 | 0",
      })
  void yearsAndNamesAreNotFigures(String claim, int figures) {
    assertThat(new FigureExtractor().extract(ClaimText.prepare(claim, CONVERTER))).as(claim).hasSize(figures);
  }
}
