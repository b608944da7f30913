package tradebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void joinsASentenceTheLayoutBrokeOverTwoLines() {
    String text = "2025年，長沙進出口2,875.4億元，同比增長3.5%，\n\n佔全省進出口總值的53.1%，貢獻了近百億元規模的外貿增量。";
    assertThat(splitter.split(text))
        .containsExactly("2025年，長沙進出口2,875.4億元，同比增長3.5%，佔全省進出口總值的53.1%，貢獻了近百億元規模的外貿增量。");
  }

  @Test
  void keepsHeadingsCaptionsAndBylinesApart() {
    String text = "動能升級：「新三樣」雙輪驅動\n\n在長沙，每過幾分鐘就有一台。\n\n●鐵建重工生產的盾構機。\n\n文：傅春桂";
    assertThat(splitter.split(text))
        .containsExactly("動能升級：「新三樣」雙輪驅動", "在長沙，每過幾分鐘就有一台。", "●鐵建重工生產的盾構機。", "文：傅春桂");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(splitter.split("「這是輸出。」一位人士評價。")).containsExactly("「這是輸出。」", "一位人士評價。");
  }
}
