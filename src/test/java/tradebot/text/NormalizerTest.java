package tradebot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final ChineseConverter converter = new ChineseConverter();
  private final Normalizer normalizer = new Normalizer(converter);

  @Test
  void foldsFullWidthDigitsAndLettersAndCase() {
    assertThat(normalizer.fold("ＢＹＤ出口２０２５年")).isEqualTo("byd 出口2025年");
  }

  @Test
  void foldsTraditionalToSimplified() {
    assertThat(normalizer.fold("湖南農業機械出口增長")).isEqualTo("湖南农业机械出口增长");
  }

  @Test
  void dropsThousandsSeparatorsSoFiguresMeetTheArticles() {
    assertThat(normalizer.fold("5,414.1億元")).isEqualTo("5414.1亿元");
  }

  @Test
  void turnsChineseNumeralFiguresAndYearsIntoDigits() {
    assertThat(normalizer.fold("二〇二五年外贸五千亿")).isEqualTo("2025年外贸5000亿");
    assertThat(normalizer.fold("三十八亿美元")).isEqualTo("38亿美元");
  }

  @Test
  void keepsNamesAndSingleNumeralsWrittenInCharacters() {
    assertThat(normalizer.fold("十四五期间")).isEqualTo("十四五期间");
    assertThat(normalizer.fold("连续五年")).isEqualTo("连续五年");
  }

  @Test
  void separatesLatinWordsGluedToChinese() {
    assertThat(normalizer.fold("BYD长沙和Anker出口增速")).isEqualTo("byd 长沙和 anker 出口增速");
  }

  @Test
  void turnsPunctuationAndMarkupIntoSingleSpaces() {
    assertThat(normalizer.fold("<b>湖南</b>？？ 外贸!!")).isEqualTo("b 湖南 b 外贸");
  }
}
