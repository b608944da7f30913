package tradebot.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebot.store.DataLocation;
import tradebot.store.Indicator;
import tradebot.text.ChineseConverter;

class FigurePipelineTest {

  private final DataLocation data = DataLocation.classpath();
  private final FigurePipeline pipeline =
      new FigurePipeline(
          Places.load(data), Glossary.load(data), new ChineseConverter(),
          Clock.fixed(Instant.parse("2026-11-29T00:00:00Z"), ZoneOffset.UTC));

  private List<Indicator> read(String body, String date) {
    return pipeline.extract("t", new Article("标题", "报社", "", date, "", body)).indicators();
  }

  @Test
  void carriesTheSubjectAcrossClausesSoEachGrowthBelongsToItsAmount() {
    List<Indicator> figures = read("今年上半年，长沙市出口120.5亿元，增长10.2%；进口80.3亿元，下降3.1%。", "2023-07-20");

    assertThat(figures).extracting(Indicator::metricZh, Indicator::value, Indicator::unit, Indicator::growth)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("出口", "120.5", "亿元", "10.2%"),
            org.assertj.core.groups.Tuple.tuple("进口", "80.3", "亿元", "-3.1%"));
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.region()).isEqualTo("changsha");
      assertThat(f.period()).isEqualTo("2023-01~06");
    });
  }

  @Test
  void readsTraditionalTextAndKeepsTheSentenceAsPublished() {
    String sentence = "據長沙海關發佈的數據，湖南今年前8個月對非洲進出口總額為248.7億元，較去年同期增長43.7%。";
    List<Indicator> figures = read(sentence, "2021-09-14");

    Indicator total = figures.get(0);
    assertThat(total.sentence()).isEqualTo(sentence);
    assertThat(total.region()).as("长沙海关 is an agency, not the place").isEqualTo("hunan");
    assertThat(total.period()).isEqualTo("2021-01~08");
    assertThat(total.metricZh()).isEqualTo("对非洲进出口总额");
    assertThat(total.number()).isEqualByComparingTo("24870000000");
    assertThat(total.growth()).isEqualTo("43.7%");
    assertThat(total.keywordsEn()).contains("africa");
  }

  @Test
  void aGenericMeasureTakesTheSubjectBeforeIt() {
    List<Indicator> figures = read("2011年前三季度，湖南猪肉出口1.7万吨，货值7597万美元，同比增长35%。", "2011-10-18");

    assertThat(figures).extracting(Indicator::metricZh).containsExactly("猪肉出口", "猪肉出口货值");
    assertThat(figures.get(0).number()).isEqualByComparingTo("17000");
    assertThat(figures.get(1).number()).isEqualByComparingTo("75970000");
    assertThat(figures.get(1).growth()).isEqualTo("35%");
  }

  @Test
  void sharesRanksAndCountsAreTheirOwnKinds() {
    List<Indicator> figures =
        read(
            "2025年，湖南与南非的贸易额为109.3亿元，在湖南对非贸易总额中的占比超过四成。"
                + "湖南与东盟的双边贸易增速在前五大贸易伙伴中排名第一。"
                + "示范园预计年内新引进企业200家以上。",
            "2025-12-01");

    assertThat(figures).extracting(Indicator::kind)
        .containsExactly(Indicator.Kind.VALUE, Indicator.Kind.SHARE, Indicator.Kind.RANK, Indicator.Kind.COUNT);
    assertThat(figures.get(1).value()).isEqualTo("四");
    assertThat(figures.get(1).qualifier()).isEqualTo("超过");
    assertThat(figures.get(2).metricZh()).contains("东盟");
    assertThat(figures.get(3).qualifier()).isEqualTo("以上");
  }

  @Test
  void aPercentagePointMarginIsAGrowthComparisonNotAShare() {
    List<Indicator> figures =
        read("前三季度，全省高新技术产品进口7.3亿美元，同比增长86.6%，比全省进口增速高出42.2个百分点。", "2011-10-18");

    assertThat(figures).hasSize(2);
    assertThat(figures.get(1).kind()).isEqualTo(Indicator.Kind.GROWTH);
    assertThat(figures.get(1).unit()).isEqualTo("个百分点");
    assertThat(figures.get(1).metricZh()).startsWith("高新技术产品进口增速");
  }

  @Test
  void aTextWithoutFiguresIsWarnedAbout() {
    Extraction e = pipeline.extract("t", new Article("标题", "", "", "2025-01", "", "湖南外贸稳中向好，企业信心增强。"));

    assertThat(e.indicators()).isEmpty();
    assertThat(e.warnings()).contains("no figures found");
  }
}
