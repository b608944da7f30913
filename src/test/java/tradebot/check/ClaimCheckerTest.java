package tradebot.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.text.Lang;

/** What a user sees when checking a claim: the verdict, the settling sentence, in their language. */
class ClaimCheckerTest {
  private final Core core = TestCores.core();

  private ClaimCheck check(String claim) {
    return core.checker().check(claim);
  }

  private String text(ClaimCheck c) {
    return core.plainText().render(c.reply());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年湖南进出口5,414.1億元 | CONFIRMED | hunan_trade_total_2025",
        "Hunan's foreign trade reached 541.41 billion yuan in 2025 | CONFIRMED | hunan_trade_total_2025",
        "Hunan's foreign trade reached 641.41 billion yuan in 2025 | CONTRADICTED | hunan_trade_total_2025",
        "湖南农业机械出口730 million yuan | CONFIRMED | hunan_agri_machinery_exports_2025",
        "湖南农业机械出口6.8亿元 | CONTRADICTED | hunan_agri_machinery_exports_2025",
        "长沙片区累计利用外资10亿元 | CONTRADICTED | changsha_ftz_fdi_cumulative",
        "湖南对非贸易连续7年居中西部第一 | CONFIRMED | hunan_africa_trade_rank_years_2025",
        "湖南对非贸易居中西部第二 | CONTRADICTED | hunan_africa_trade_rank_central_western_2025",
        "长沙片区再制造企业超过500家 | CONTRADICTED | changsha_ftz_remanufacturing_enterprises",
        "Hunan's car exports fell below 30 billion yuan in 2025 | CONTRADICTED | hunan_auto_exports_value_2025",
        "Changsha's FDI fell 16.5% in 2025 | CONTRADICTED | changsha_fdi_growth_2025",
        "湖南對非洲進出口580億元，下降5.8% | CONTRADICTED | hunan_africa_trade_2025",
        "2025年长沙进出口2875.4亿元，占全省63.1% | CONTRADICTED | changsha_trade_share_of_hunan_2025_hn25",
        "2025年长沙进出口2875.4亿元，对非进出口303.5亿元 | CONFIRMED | changsha_africa_trade_2025",
        "Changsha's trade with Africa reached 30.35 billion yuan in 2025, up 28.9% | CONFIRMED | changsha_africa_trade_2025",
        "Hunan exported 28 tunnel boring machines worth over 50 million yuan each | CONFIRMED | hunan_tbm_exports_units_2025",
        "湖南自主品牌出口占比超过一半 | CONTRADICTED | hunan_own_brand_exports_share_2025",
        "湖南对非贸易全国第一 | CONTRADICTED | hunan_africa_trade_rank_central_western_2025",
        "Hunan's trade with Africa ranked first in China | CONTRADICTED | hunan_africa_trade_rank_central_western_2025",
        "Hunan's trade with Africa ranked first among central and western provinces | CONFIRMED | hunan_africa_trade_rank_central_western_2025",
        "长沙对非进出口稳居中西部城市首位 | CONFIRMED | changsha_africa_trade_rank_central_western_cities_2025",
        "長沙2025年進出口總值佔全省53.1% | CONFIRMED | changsha_trade_share_of_hunan_2025",
        "长沙“十四五”期间实际使用外资67.41亿元 | CONTRADICTED | changsha_fdi_14th_five_year_plan_total",
      })
  void settlesEachFigureWithTheFactForTheSamePlacePeriodAndMeasure(String claim, Verdict verdict, String factId) {
    ClaimCheck c = check(claim);
    assertThat(c.verdict()).as(text(c)).isEqualTo(verdict);
    assertThat(c.reply().evidence()).as(text(c)).anyMatch(e -> e.indicator().id().equals(factId));
  }

  @Test
  void aContradictionGivesTheStatedFigureAndItsSentenceVerbatim() {
    ClaimCheck c = check("2025年长沙进出口3875.4亿元");
    assertThat(c.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(text(c)).contains("3875.4亿元").contains("2,875.4亿元").contains(c.reply().evidence().get(0).sentence());
  }

  @Test
  void firstInAnotherFieldIsNotTheSameRankAndTheReplySaysWhichFieldTheSourceMeans() {
    ClaimCheck c = check("湖南对非贸易全国第一");
    assertThat(text(c)).contains("“全国第一”与原文不符").contains("居中西部第一");
  }

  @Test
  void aRoundedClaimIsConfirmedAndSaysSo() {
    ClaimCheck c = check("2025年长沙进出口2875亿元");
    assertThat(c.verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(text(c)).contains("取整");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Wuhan's exports reached 100 billion yuan in 2025 | 100",
        "北京2025年进出口5414.1亿元 | 5414",
        "湖南2025年钢材出口增长10% | 10",
        "2024年湖南进出口5414.1亿元 | 5414",
      })
  void nothingSettlesAClaimAboutOtherPlacesYearsOrGoodsAndNoFigureIsQuotedAsTheAnswer(String claim, String figure) {
    ClaimCheck c = check(claim);
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(c.reply().evidence()).isEmpty();
    assertThat(text(c)).doesNotContain(figure).doesNotContainPattern("\\d");
  }

  @Test
  void repliesInTheClaimsLanguageAndScript() {
    assertThat(check("湖南工程機械出口346.8億元").lang()).isEqualTo(Lang.TRADITIONAL);
    assertThat(text(check("湖南工程機械出口346.8億元"))).startsWith("核實：屬實");
    assertThat(text(check("湖南工程机械出口346.8亿元"))).startsWith("核实：属实");
    assertThat(text(check("Hunan's construction machinery exports were 34.68 billion yuan"))).startsWith("Check: confirmed");
  }

  @Test
  void aClaimWithoutFiguresOrWithGarbageIsNotFoundWithoutACrash() {
    assertThat(check("湖南外贸很好").verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(check("").verdict()).isEqualTo(Verdict.NOT_FOUND);
    assertThat(check("%%% 99999999999999999999999亿元 第第第 ,,, over over").verdict()).isNotNull();
    assertThat(check("x".repeat(5000) + "100亿元").verdict()).isEqualTo(Verdict.NOT_FOUND);
  }
}
