package tradebot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tradebot.text.ChineseConverter;

/** Each agreement rule: units, rounding, qualifiers, growth against decline, measure kinds. */
class AgreementTest {

  private static final ChineseConverter CONVERTER = new ChineseConverter();

  private static Figure figure(String text) {
    List<Found> found = new FigureExtractor().extract(ClaimText.prepare(text, CONVERTER));
    assertThat(found).as(text).hasSize(1);
    return found.get(0).figure();
  }

  /** A stated figure as the sources give it: 2,875.4 written to one decimal of 亿元. */
  private static Figure stated(String text) {
    return figure(text);
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // units: the same sum in other units agrees exactly
        "123.45 billion yuan | 1,234.5亿元 | AGREES",
        "680 million yuan | 6.8亿元 | AGREES",
        "75.97 million US dollars | 7597万美元 | AGREES",
        "6.8億元 | 6.8亿元 | AGREES",
        "68亿元 | 6.8亿元 | DISAGREES",
        "6.8万元 | 6.8亿元 | DISAGREES",
        // currencies are never converted: yuan are not dollars
        "10亿元 | 10亿美元 | DISAGREES",
        // rounding: a rounded claim agrees as rounded, a wrong digit does not
        "1234亿元 | 1,234.5亿元 | AGREES_ROUNDED",
        "123 billion yuan | 1,234.5亿元 | AGREES_ROUNDED",
        "2875亿元 | 2,875.4亿元 | AGREES_ROUNDED",
        "2876.4亿元 | 2,875.4亿元 | DISAGREES",
        "1236亿元 | 1,234.5亿元 | DISAGREES",
        "约1200亿元 | 1,234.5亿元 | AGREES_ROUNDED",
        // qualifiers
        "over 30 million yuan | 超过3,000万元 | AGREES",
        "超1000亿元 | 1,234.5亿元 | AGREES",
        "fell below 100 billion yuan | 1,234.5亿元 | DISAGREES",
        "不到1000亿元 | 1,234.5亿元 | DISAGREES",
        "nearly 1300亿元 | 1,234.5亿元 | AGREES",
        "over 500 companies | 近400家 | DISAGREES",
        "nearly 400 companies | 近400家 | AGREES",
        "350家 | 近400家 | UNSETTLED",
        "35亿元 | 超30亿元 | UNSETTLED",
        "25亿元 | 超30亿元 | DISAGREES",
        "over 20亿元 | 超30亿元 | AGREES",
        "100,000 vehicles | 首次突破10万辆 | AGREES_ROUNDED",
        "50,000 vehicles | 首次突破10万辆 | DISAGREES",
        "100,000 vehicles for the first time | 首次突破10万辆 | AGREES",
        // growth against decline
        "增长3.5% | 增长3.5% | AGREES",
        "下降3.5% | 增长3.5% | DISAGREES",
        "fell 3.5% | 增长3.5% | DISAGREES",
        "增长19.6% | 增长9.6% | DISAGREES",
        "grew 9.6% | 增長9.6% | AGREES",
      })
  void comparesByValueUnitAndQualifier(String claim, String source, Outcome expected) {
    assertThat(Agreement.compare(figure(claim), stated(source))).isEqualTo(expected);
  }

  @Test
  void aShareOrRankIsNotAnAmountOrAGrowthRate() {
    Figure share = figure("占全省53.1%");
    Figure growth = figure("增长53.1%");
    Figure amount = figure("53.1亿元");
    Figure rank = figure("居中西部第一");
    Figure count = figure("1家");
    assertThat(Agreement.comparable(share, growth)).isFalse();
    assertThat(Agreement.comparable(growth, share)).isFalse();
    assertThat(Agreement.comparable(share, amount)).isFalse();
    assertThat(Agreement.comparable(rank, count)).isFalse();
    assertThat(Agreement.comparable(amount, count)).isFalse();
    assertThat(Agreement.comparable(share, figure("53.1%的比重"))).isTrue();
  }

  @Test
  void countsOfThingsAreNotCountsOfYears() {
    assertThat(Agreement.comparable(figure("10个国家"), figure("连续7年"))).isFalse();
    assertThat(Agreement.comparable(figure("10 countries"), figure("10个"))).isTrue();
    assertThat(Agreement.comparable(figure("28台"), figure("28辆"))).isFalse();
  }

  @Test
  void aRoundedFigureKeepsItsWrittenPrecision() {
    Figure f = figure("2,875.4亿元");
    assertThat(f.tolerance()).isEqualByComparingTo(new BigDecimal("5000000")); // half of 0.1亿
  }
}
