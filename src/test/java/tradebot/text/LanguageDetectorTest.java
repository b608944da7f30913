package tradebot.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  private final LanguageDetector detector = new LanguageDetector(new ChineseConverter());

  @ParameterizedTest
  @CsvSource({
    "湖南外贸规模多少, zh-Hans",
    "長沙對非貿易在中西部城市裡排第幾, zh-Hant",
    "What was the growth rate of Hunan's exports, en",
    "HKC 物料流转 efficiency up by how much, en",
    "湖南 EV 出口数量同比增幅, zh-Hans",
    "永旺湘江新區店 opening 是哪一年, zh-Hant",
    "growth, en"
  })
  void answersInTheScriptOfTheQuestion(String question, String tag) {
    assertThat(detector.detect(question).tag()).isEqualTo(tag);
  }
}
