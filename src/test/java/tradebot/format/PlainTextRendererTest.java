package tradebot.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.text.Lang;

class PlainTextRendererTest {
  private final Core core = TestCores.core();

  private Indicator indicator(String id) {
    return core.store().indicator(id).orElseThrow();
  }

  @Test
  void showsHeadlineQuoteAndSourceOnSeparateLines() {
    Reply reply = core.writer().answer(List.of(indicator("hunan_lighter_exports_2025")), Lang.SIMPLIFIED);
    String[] lines = core.plainText().render(reply).split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("湖南 · 2025年 · ").contains("24.6亿元").contains("21%");
    assertThat(lines[1]).startsWith("原文：“2025年，湖南工程機械").endsWith("”");
    assertThat(lines[2]).startsWith("出处：").contains("傅春桂");
  }

  @Test
  void quotesASharedSentenceOnceForTwoFiguresFromIt() {
    Reply reply =
        core.writer()
            .answer(
                List.of(indicator("hunan_lighter_exports_2025"), indicator("hunan_construction_machinery_exports_2025")),
                Lang.ENGLISH);
    String text = core.plainText().render(reply);
    assertThat(text.split("工程機械出口346.8億元", -1)).hasSize(2);
    assertThat(text).contains("2.46 billion yuan").contains("34.68 billion yuan");
  }

  @Test
  void numbersTheOptionsOfAQuestionBack() {
    Reply reply =
        new Reply(Reply.Kind.CLARIFY, Lang.ENGLISH, "Which one?", List.of(),
            List.of(new Option("Hunan · 2025 · trade", "a"), new Option("Changsha · 2025 · trade", "b")));
    assertThat(core.plainText().render(reply))
        .isEqualTo("Which one?\n1. Hunan · 2025 · trade\n2. Changsha · 2025 · trade");
  }
}
