package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** When the bot speaks: always in private, in groups only when addressed. */
class AddressingTest {

  private final ObjectMapper json = new ObjectMapper();
  private final Addressing addressing = new Addressing(new BotIdentity(99, "TradeFactsBot"));

  private Message message(String chatType, String text, String extra) throws Exception {
    return json.readValue(
        "{\"message_id\":1,\"date\":1,\"chat\":{\"id\":" + (chatType.equals("private") ? 5 : -5)
            + ",\"type\":\"" + chatType + "\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"A\"},"
            + "\"text\":" + json.writeValueAsString(text) + extra + "}",
        Message.class);
  }

  private Message group(String text) throws Exception {
    return message("supergroup", text, "");
  }

  @Test
  void takesEveryTextInAPrivateChat() throws Exception {
    assertThat(addressing.questionIn(message("private", "hello", ""))).contains("hello");
    assertThat(addressing.questionIn(message("private", "/ask@OtherBot x", ""))).contains("/ask@OtherBot x");
  }

  @Test
  void answersItsOwnCommandsInAGroup() throws Exception {
    assertThat(addressing.questionIn(group("/ask@TradeFactsBot 长沙进出口"))).contains("/ask@TradeFactsBot 长沙进出口");
    assertThat(addressing.questionIn(group("/help@tradefactsbot"))).contains("/help@tradefactsbot");
    assertThat(addressing.questionIn(group("/topics"))).contains("/topics");
  }

  @Test
  void leavesOtherBotsCommandsAndUnknownBareCommandsAlone() throws Exception {
    assertThat(addressing.questionIn(group("/ask@OtherBot 长沙进出口"))).isEmpty();
    assertThat(addressing.questionIn(group("/roll 20"))).isEmpty();
  }

  @Test
  void answersAMentionWithTheMentionRemoved() throws Exception {
    assertThat(addressing.questionIn(group("@TradeFactsBot 湖南打火机出口多少"))).contains("湖南打火机出口多少");
    assertThat(addressing.questionIn(group("hey @tradefactsbot, Hunan EV exports?"))).contains("hey , Hunan EV exports?");
  }

  @Test
  void doesNotMistakeALongerNameOrAnEmailForAMention() throws Exception {
    assertThat(addressing.questionIn(group("ask @TradeFactsBot2 instead"))).isEmpty();
    assertThat(addressing.questionIn(group("mail me at x@TradeFactsBot"))).isEmpty();
  }

  @Test
  void answersAMentionByNameWithoutUsername() throws Exception {
    Message m = message("group", "Trade Facts: Hunan EV exports",
        ",\"entities\":[{\"type\":\"text_mention\",\"offset\":0,\"length\":11,\"user\":{\"id\":99,\"is_bot\":true,\"first_name\":\"Trade Facts\"}}]");
    assertThat(addressing.questionIn(m)).contains(": Hunan EV exports");
  }

  @Test
  void answersRepliesToItsOwnMessagesOnly() throws Exception {
    String toBot = ",\"reply_to_message\":{\"message_id\":0,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"supergroup\"},\"from\":{\"id\":99,\"is_bot\":true,\"first_name\":\"B\"},\"text\":\"x\"}";
    String toUser = toBot.replace("\"id\":99", "\"id\":6");
    assertThat(addressing.questionIn(message("supergroup", "and in 2024?", toBot))).contains("and in 2024?");
    assertThat(addressing.questionIn(message("supergroup", "and in 2024?", toUser))).isEmpty();
  }

  @Test
  void staysSilentOnChatter() throws Exception {
    assertThat(addressing.questionIn(group("lunch at noon?"))).isEmpty();
  }

  @Test
  void ignoresOtherBotsInGroups() throws Exception {
    Message m = json.readValue(
        "{\"message_id\":1,\"date\":1,\"chat\":{\"id\":-5,\"type\":\"group\"},\"from\":{\"id\":7,\"is_bot\":true,\"first_name\":\"B\"},\"text\":\"@TradeFactsBot hi\"}",
        Message.class);
    assertThat(addressing.questionIn(m)).isEmpty();
  }
}
