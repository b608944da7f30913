package tradebot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Reply;

/** No message, however odd, makes answering throw or come back empty. */
class NeverFailsPropertyTest {
  private final Core core = TestCores.core();

  private void answersSomething(String text) {
    Reply reply = core.answerer().answer(Query.of(text));
    String rendered = core.plainText().render(reply);
    assertThat(rendered).as("reply to %s", text).isNotBlank();
    if (reply.answered()) {
      assertThat(reply.evidence()).allSatisfy(e -> assertThat(rendered).contains(e.sentence()));
    }
  }

  @Test
  void anyUnicodeStringGetsANonEmptyReply() {
    qt().withExamples(300).withFixedSeed(20251123L).forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(this::answersSomething);
  }

  @Test
  void anyChineseStringGetsANonEmptyReply() {
    qt().withExamples(300).withFixedSeed(7L).forAll(strings().betweenCodePoints(0x4E00, 0x9FA5).ofLengthBetween(0, 60))
        .checkAssert(this::answersSomething);
  }

  static Stream<String> hostile() {
    Random random = new Random(42);
    String[] pieces = {
      "湖南", "長沙", "export", "<b>", "</a>", "&amp;", "*bold*", "_x_", "`code`", "<@U123>", "😀", "🇨🇳",
      "\u202e", "\u0000", "\t", "\n", "５４１４", "二〇二五", "增速", "？", "/ask", "'; DROP TABLE", "عربى", "%s", "{0}"
    };
    Stream.Builder<String> b = Stream.builder();
    for (int n = 0; n < 200; n++) {
      StringBuilder sb = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int p = 0; p < parts; p++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      b.add(sb.toString());
    }
    b.add("湖南".repeat(5000));
    b.add("");
    b.add("   ");
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void markupEmojiControlCharactersAndHugeInputGetAReply(String text) {
    answersSomething(text);
  }
}
