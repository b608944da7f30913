package tradebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tradebot.Cli;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.format.PlainTextRenderer;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * Questions about an article ingested at run time, with no hand-written data: answered only when
 * place, period, measure and aspect are the stated ones.
 */
class IngestedArticleAnsweringTest {

  /** The README's ingest example: an article of the kind users add, never part of data/. */
  private static final Path ARTICLE = Path.of("docs/examples/yueyang-2026-05.txt");


  @TempDir static Path home;
  private static Core core;

  @BeforeAll
  static void ingest() throws Exception {
    Path file = home.resolve("yueyang.txt");
    Files.copy(ARTICLE, file);
    Wiring wiring = new Wiring(Map.of("TRADEBOT_HOME", home.toString(), "TRADEBOT_TODAY", "2026-11-29"));
    Cli.Run run = Cli.run(wiring, "ingest", file.toString(), "--publisher", "岳阳日报", "--date", "2026-06-18");
    assertThat(run.exit()).as(run.err()).isZero();
    core = wiring.core();
  }

  private static Reply ask(String question) {
    return core.answerer().answer(Query.of(question));
  }

  private static String text(Reply reply) {
    return new PlainTextRenderer(new Messages()).render(reply);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026年前5个月岳阳进出口总值是多少？|312.6",
        "今年1至5月岳阳外贸规模多大|312.6",
        "What were Yueyang's exports in January–May 2026?|188.2",
        "2026年前五个月岳阳进口下降了多少？|2.3%",
        "2026年前5个月岳阳对东盟出口机电产品多少？|36.7",
        "2026年前5个月岳阳茶叶出口货值多少？|1.2亿元",
        "2026年前5个月岳阳茶叶出口了多少吨？|3200吨",
      })
  void answersWithTheStatedFigureAndItsSentence(String question, String figure) {
    Reply reply = ask(question);
    assertThat(reply.answered()).as(text(reply)).isTrue();
    assertThat(text(reply)).contains(figure).contains("岳阳日报");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026年岳阳全年进出口总值是多少？",
        "2026年前5个月岳阳对东盟出口多少？",
        "2026年前5个月岳阳对欧盟出口多少？",
        "2026年前5个月岳阳大米出口多少？",
        "2026年前5个月长沙进出口总值是多少？",
        "2026年前5个月岳阳茶叶出口增长多少吨？",
        "2025年岳阳进出口总值是多少？",
      })
  void declinesWhatTheArticleDoesNotStateWithoutQuotingAFigure(String question) {
    Reply reply = ask(question);
    assertThat(reply.answered()).as(text(reply)).isFalse();
    assertThat(text(reply)).doesNotContain("312.6").doesNotContain("188.2").doesNotContain("36.7");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"2026年前5个月城陵矶港集装相吞吐量多少？|31.5", "2026年前5个月岳阳跨境店商出口多少？|"})
  void aWrongCharacterInATermIsUnderstood(String question, String figure) {
    Reply reply = ask(question);
    if (figure == null) {
      // 跨境电商 is understood, and the article states no such figure
      assertThat(reply.answered()).as(text(reply)).isFalse();
    } else {
      assertThat(text(reply)).contains(figure);
    }
  }
}
