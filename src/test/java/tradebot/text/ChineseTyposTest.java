package tradebot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseTyposTest {

  private final ChineseTypos typos =
      new ChineseTypos(
          Set.of("中欧班列", "跨境电商", "湖南", "湖南省", "南部非洲", "进出口", "农业机械", "去年", "多少"),
          Set.of("湖南", "进出", "出口", "农业", "业机", "机械", "去年", "多少"));

  @ParameterizedTest
  @CsvSource({"中欧斑列开行多少列,中欧班列开行多少列", "跨境店商进出口,跨境电商进出口"})
  void correctsOneWrongCharacterOfAKnownTerm(String typed, String meant) {
    assertThat(typos.correct(typed)).isEqualTo(meant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"湖南去年农业机械出口多少", "湖南和非洲的贸易额", "湖南搞了几个品牌"})
  void leavesWordsItDoesNotKnowAloneWhenNothingIsWrong(String text) {
    assertThat(typos.correct(text)).isEqualTo(text);
  }
}
