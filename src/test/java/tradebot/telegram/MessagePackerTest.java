package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessagePackerTest {

  private static List<List<MessagePacker.Line>> paragraph(String tag, String text) {
    return List.of(List.of(new MessagePacker.Line("", tag, text)));
  }

  @Test
  void breaksALongParagraphBetweenSentences() {
    String sentence = "2025年，湖南进出口总值5,414.1亿元，连续五年站稳5,000亿台阶。";
    String text = sentence.repeat(200);
    List<String> parts = new MessagePacker(4096).pack(paragraph("blockquote", text));
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(p).startsWith("<blockquote>2025年").endsWith("台阶。</blockquote>");
      assertThat(FakeBotApi.htmlProblem(p)).isNull();
    });
    assertThat(String.join("", parts.stream().map(FakeBotApi::visible).toList())).isEqualTo(text);
  }

  @Test
  void neverCutsInsideAnEscapedCharacter() {
    String text = "a & b < c > d. ".repeat(600);
    List<String> parts = new MessagePacker(4096).pack(paragraph("", text));
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(FakeBotApi.htmlProblem(p)).isNull();
      assertThat(p).endsWith("d.");
    });
  }

  @Test
  void cutsASentenceLongerThanAMessageBetweenCharactersAsALastResort() {
    String text = "😀&".repeat(3000);
    List<String> parts = new MessagePacker(4096).pack(paragraph("i", text));
    assertThat(parts).allSatisfy(p -> {
      assertThat(p.length()).isLessThanOrEqualTo(4096);
      assertThat(FakeBotApi.htmlProblem(p)).isNull();
      assertThat(Character.isHighSurrogate(FakeBotApi.visible(p).charAt(FakeBotApi.visible(p).length() - 1))).isFalse();
    });
    assertThat(String.join("", parts.stream().map(FakeBotApi::visible).toList())).isEqualTo(text);
  }

  @Test
  void keepsABlockTogetherWhenItFitsInTheNextMessage() {
    List<MessagePacker.Line> first = List.of(new MessagePacker.Line("", "", "x".repeat(60)));
    List<MessagePacker.Line> second =
        List.of(new MessagePacker.Line("\n\n", "b", "headline"), new MessagePacker.Line("\n", "blockquote", "quote"));
    List<String> parts = new MessagePacker(80).pack(List.of(first, second));
    assertThat(parts).containsExactly("x".repeat(60), "<b>headline</b>\n<blockquote>quote</blockquote>");
  }
}
