package tradebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period corpus: each surface form and the period it must resolve to (reference year 2021). */
class PeriodExtractorTest {

  private final PeriodExtractor periods = new PeriodExtractor();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019年湖南外贸|2019",
        "2019年上半年|2019-01~06",
        "今年1至8月|2021-01~08",
        "今年前8个月|2021-01~08",
        "前三季度|2021-01~09",
        "2011年头三季度|2011-01~09",
        "一季度|2021-01~03",
        "第二季度|2021-04~06",
        "下半年|2021-07~12",
        "去年|2020",
        "年内|2021",
        "“十四五”期间|2021-2025",
        "2021-2025年|2021-2025",
        "10月份|2021-10",
        "in the first three quarters of 2011|2011-01~09",
        "in january–august 2021|2021-01~08",
        "the first eight months of 2021|2021-01~08",
        "2011 q1–q3|2011-01~09",
        "first half of 2023|2023-01~06",
        "last year|2020",
      })
  void resolvesEachSurfaceForm(String text, String code) {
    List<PeriodExtractor.Found> found = periods.find(text, 2021);
    assertThat(found).as(text).isNotEmpty();
    assertThat(found.get(0).period().code()).isEqualTo(code);
  }

  @ParameterizedTest
  @CsvSource({"较去年同期增长43.7%", "9月26日开幕", "本报长沙10月18日讯", "出口2000万美元"})
  void aDateOrAGrowthBaseIsNotAPeriod(String text) {
    assertThat(periods.find(text, 2021)).isEmpty();
  }
}
