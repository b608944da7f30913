package tradebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Reply;

/**
 * A related figure is never given as the one asked: the total for one flow, a group for one of its
 * products, a list of partners for one partner, a value for a growth rate, an amount for a share.
 */
class NearMissTest {
  private final Core core = TestCores.core();

  private String text(Reply reply) {
    return core.plainText().render(reply);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "湖南2025年进口多少？ | one flow of the stated total",
        "湖南出口总额是多少？ | the other flow",
        "Changsha imports 2025? | one flow, in English",
        "What was Hunan's photovoltaic product export value in 2025? | one product of a group",
        "湖南对美国出口多少？ | one partner of a list",
        "How much did Hunan export to Malaysia? | one partner of a list, in English",
        "湖南进出口增长多少？ | a growth rate where only the value is stated",
        "湖南工业机器人出口多少亿元？ | a value where only the growth is stated",
        "湖南打火机出口占全省出口比重？ | a share where only the amount is stated",
        "湖南猪肉出口多少钱？ | an amount where only a rank is stated",
        "湖南外贸全国排第几？ | the rank of another measure",
      })
  void declinesARelatedFigureWithoutQuotingIt(String question, String nearMiss) {
    Reply reply = core.answerer().answer(Query.of(question));
    assertThat(reply.answered()).as(nearMiss + ": " + text(reply)).isFalse();
    assertThat(text(reply).replaceAll("20\\d\\d", "")).as(nearMiss).doesNotContainPattern("\\d");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "湖南2025年进口多少？ | 进出口总值",
        "湖南出口总额是多少？ | 进出口总值",
      })
  void namesWhatIsStatedInstead(String question, String stated) {
    assertThat(text(core.answerer().answer(Query.of(question)))).contains(stated);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "长沙2025年对非贸易多少？ | 303.5",
        "长沙占全省多少 | 53.1%",
        "常沙进出口多少 | 2,875.4",
        "湖男农产品出口多少 | 173.85",
        "长沙外贸一共做了多少生意？ | 2,875.4",
        "湖南进出口总共多少钱 | 5,414.1",
      })
  void answersWithoutAskingBackWhenOnlyOneStatedFigureFits(String question, String figure) {
    Reply reply = core.answerer().answer(Query.of(question));
    assertThat(reply.answered()).as(text(reply)).isTrue();
    assertThat(text(reply)).contains(figure);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"工程机械和农业机械哪个增长快？ | 9.6% | 65.6%"})
  void comparesTwoStatedFiguresSideBySide(String question, String one, String other) {
    Reply reply = core.answerer().answer(Query.of(question));
    assertThat(text(reply)).contains(one).contains(other);
  }
}
