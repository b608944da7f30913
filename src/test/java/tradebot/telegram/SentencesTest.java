package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void splitsChineseAfterFullStopsKeepingClosingQuotes() {
    assertThat(Sentences.split("他说：“增长了。”然后呢？好。"))
        .containsExactly("他说：“增长了。”", "然后呢？", "好。");
  }

  @Test
  void splitsEnglishOnlyWhereAFullStopEndsASentence() {
    assertThat(Sentences.split("Trade grew 5.8% in 2025. Exports rose! Done"))
        .containsExactly("Trade grew 5.8% in 2025. ", "Exports rose! ", "Done");
  }

  @Test
  void givesTheTextBackWhenJoined() {
    String text = "第一句。\n\n第二句；第三句… Fourth. ";
    assertThat(String.join("", Sentences.split(text))).isEqualTo(text);
  }
}
