package tradebot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/** Conversations: each follow-up gets a complete answer of what it stands for, or a plain "not stated". */
class ConversationTest {
  private final Core core = TestCores.core();
  private final String conversation = "test:" + UUID.randomUUID();

  private Reply say(String text) {
    return core.answerer().answer(new Query(text, conversation, null));
  }

  private String text(Reply reply) {
    return core.plainText().render(reply);
  }

  private Reply after(List<String> earlier, String followUp) {
    earlier.forEach(this::say);
    return say(followUp);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // another aspect of the same subject
        "湖南去年汽车出口多少？ | 增长多少？ | 26.8%",
        "How much did Changsha trade in 2025? | growth? | 3.5%",
        "长沙进出口多少？ | 占全省呢？ | 53.1%",
        // another place, same measure
        "长沙对非进出口多少？ | 湖南呢？ | 580",
        "长沙对非进出口多少？ | 那湖南呢？ | 580",
        "Hunan's trade with Africa in 2025? | what about Changsha? | 303.5",
        "湖南新三样出口多少？ | 長沙呢？ | 163",
        "益阳进出口增长多少？ | Changsha? | 3.5%",
        // a part of the last subject, another product
        "湖南新三样出口多少？ | 其中锂电池呢？ | 66",
        "How much were Hunan's lithium battery exports? | And EVs? | 124.4",
        "湖南工程机械出口多少？ | 农业机械呢？ | 7.3",
        // a closer look at the same subject
        "湖南出口盾构机多少台？ | 每台价值多少？ | 5,000",
      })
  void answersAFollowUpAsTheQuestionItStandsFor(String first, String followUp, String figure) {
    Reply reply = after(List.of(first), followUp);
    assertThat(reply.answered()).as(text(reply)).isTrue();
    assertThat(text(reply)).contains(figure);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the period is not stated
        "长沙对非进出口多少？ | 2024年呢？",
        // the growth is not stated for the new place
        "长沙2025年进出口总值多少？增长多少？ | 那湖南呢？",
        // one flow of a total
        "How much did Changsha trade in 2025? | and imports?",
        // the measure is not stated for the place
        "湖南自主品牌产品出口多少？ | 长沙呢？",
        // the growth of a figure stated without one
        "湖南农产品出口多少？ | 增速呢？",
        // a city's figure is not the province's
        "长沙实际使用外资占全省多少？ | 湖南呢？",
      })
  void declinesAFollowUpWhoseFigureIsNotStatedWithoutGivingAnother(String first, String followUp) {
    Reply reply = after(List.of(first), followUp);
    assertThat(reply.answered()).as(text(reply)).isFalse();
    assertThat(text(reply).replaceAll("20\\d\\d", "")).doesNotContainPattern("\\d");
  }

  @Test
  void aNewFullQuestionStartsANewSubject() {
    say("长沙对非进出口多少？");
    Reply reply = say("湖南汽车出口多少？");
    assertThat(text(reply)).contains("338.4").doesNotContain("长沙 ·");
    assertThat(text(say("增长呢？"))).contains("26.8%");
  }

  @Test
  void thanksAndGreetingsLeaveTheSubjectAsItWas() {
    say("湖南农产品出口多少？");
    assertThat(say("谢谢").answered()).isFalse();
    assertThat(say("你好").answered()).isFalse();
    assertThat(text(say("排名呢？"))).contains("中部第一");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"湖南的, 5,414.1", "2, 2,875.4", "第二个, 2,875.4", "the second one, 2875.4", "长沙的, 2,875.4"})
  void answersAQuestionBackByNumberPlaceOrWords(String choice, String figure) {
    Reply back = say("外贸多少？");
    assertThat(back.kind()).isEqualTo(Reply.Kind.CLARIFY);
    Reply reply = say(choice);
    assertThat(reply.answered()).as(text(reply)).isTrue();
    assertThat(text(reply).replace(",", "")).contains(figure.replace(",", ""));
  }

  @Test
  void aTappedOptionBecomesTheSubject() {
    Reply back = say("外贸多少？");
    String changsha = back.options().get(1).indicatorId();
    assertThat(core.answerer().choose(conversation, changsha, Lang.SIMPLIFIED)).isPresent();
    assertThat(text(say("增长多少？"))).contains("3.5%");
  }

  @Test
  void answersAFollowUpInTheLanguageAndScriptItIsWrittenIn() {
    say("湖南汽车出口多少？");
    Reply traditional = say("增長多少？");
    assertThat(traditional.lang()).isEqualTo(Lang.TRADITIONAL);
    assertThat(text(traditional)).contains("增長").contains("出處");
    Reply english = say("growth?");
    assertThat(english.lang()).isEqualTo(Lang.ENGLISH);
    assertThat(text(english)).contains("Source");
  }

  @Test
  void conversationsDoNotShareTheirSubjects() {
    say("湖南汽车出口多少？");
    Reply other = core.answerer().answer(new Query("增长多少？", conversation + ":other", null));
    assertThat(other.answered()).isFalse();
  }
}
