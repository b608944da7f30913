package tradebot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/** Commands from any platform: what each does for the user. */
class ChatServiceTest {
  private final Core core = TestCores.core();

  private Reply send(String chat, String text, String languageCode) {
    return core.chat().handle(new Incoming("test", chat, text, languageCode));
  }

  @Test
  void bareCommandsAnswerInTheLanguageTheChatLastWroteIn() {
    send("lang", "湖南汽车出口多少", "en");
    Reply topics = send("lang", "/topics", "en");
    assertThat(topics.lang()).isEqualTo(Lang.SIMPLIFIED);
    assertThat(topics.text()).contains("湖南");
  }

  @Test
  void startWithAFactPayloadOpensThatFact() {
    Reply reply = send("start", "/start f_hunan_lighter_exports_2025", "zh-hans");
    assertThat(reply.answered()).isTrue();
    assertThat(reply.evidence().get(0).indicator().id()).isEqualTo("hunan_lighter_exports_2025");
  }

  @Test
  void askWithTheBotNameAnswersTheQuestion() {
    Reply reply = send("ask", "/ask@TradeBot 湖南打火机出口多少", "zh");
    assertThat(reply.answered()).isTrue();
    assertThat(core.plainText().render(reply)).contains("24.6");
  }

  @Test
  void unknownCommandsGetTheCommandList() {
    Reply reply = send("unknown", "/frobnicate", "en");
    assertThat(reply.answered()).isFalse();
    assertThat(reply.text()).contains("/frobnicate").contains("/help").contains("/subscribe");
  }

  @Test
  void factWithoutAnIdGivesSomeFactWithItsSentence() {
    Reply reply = send("fact", "/fact", "en");
    assertThat(reply.answered()).isTrue();
    assertThat(core.plainText().render(reply)).contains(reply.evidence().get(0).sentence());
  }
}
