package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;

/** The chat commands as every platform reaches them: through the core's ChatService. */
class ChatSubscriptionsTest {

  @TempDir Path home;
  private Wiring wiring;
  private Core core;

  @BeforeEach
  void wire() {
    wiring = new Wiring(Map.of(Wiring.HOME, home.resolve("var").toString()));
    core = wiring.core();
  }

  @AfterEach
  void close() {
    wiring.database().close();
  }

  private String say(String chat, String text, String languageCode) {
    return core.plainText().render(core.chat().handle(new Incoming("telegram", chat, text, languageCode)));
  }

  @Test
  void subscribesWithTimeZoneAndTopicAndListsIt() {
    assertThat(say("1", "/subscribe 08:30 Europe/Berlin cars", "en"))
        .contains("08:30").contains("Europe/Berlin").contains("cars");
    assertThat(say("1", "/subscriptions", "en")).contains("08:30 (Europe/Berlin)").contains("cars");
    assertThat(wiring.subscriptionStore().ofChat("telegram", "1")).singleElement()
        .satisfies(s -> assertThat(s.topic()).isEqualTo("cars"));
  }

  @Test
  void defaultsToNineOClockShanghaiAllTopicsAndCreatesTheDataDirectory() {
    assertThat(say("2", "/subscribe", "zh-hans")).contains("09:00").contains("Asia/Shanghai").contains("全部主题");
    assertThat(Files.exists(home.resolve("var").resolve(Database.SQLITE_FILE))).isTrue();
  }

  @Test
  void chineseSubscriptionAnswersInChinese() {
    assertThat(say("3", "/subscribe 08:30 Europe/Berlin 汽车", "en")).contains("好的").contains("汽车");
  }

  @Test
  void aTimeAndZoneAloneAreAnsweredInTheLanguageTheChatWritesIn() {
    say("5", "湖南汽车出口多少？", "en");
    assertThat(say("5", "/subscribe 08:30 Asia/Shanghai", "en")).contains("08:30").contains("好的");
  }

  @Test
  void invalidTimeOrZoneGetsAnExampleInTheAskersLanguage() {
    assertThat(say("4", "/subscribe 25:00", "en")).contains("25:00").contains("e.g. /subscribe 08:30");
    assertThat(say("4", "/subscribe 25:00", "zh-CN")).contains("不是有效的时间").contains("例如 /subscribe");
    assertThat(say("4", "/subscribe 08:00 Mars/Olympus", "en")).contains("not a time zone");
    assertThat(wiring.subscriptionStore().ofChat("telegram", "4")).isEmpty();
  }

  @Test
  void unknownTopicIsRefused() {
    assertThat(say("5", "/subscribe 08:00 quantum computing", "en")).contains("No fact matches");
  }

  @Test
  void unsubscribeStopsEverythingInTheChat() {
    say("6", "/subscribe 08:30", "en");
    say("6", "/subscribe 10:00 Asia/Shanghai cars", "en");
    assertThat(say("6", "/unsubscribe", "en")).contains("no more daily facts");
    assertThat(say("6", "/subscriptions", "en")).contains("no daily fact");
  }

  @Test
  void subscribingAgainToTheSameTopicChangesTheTime() {
    say("7", "/subscribe 08:30", "en");
    say("7", "/subscribe 18:00 UTC", "en");
    assertThat(wiring.subscriptionStore().ofChat("telegram", "7")).singleElement()
        .satisfies(s -> assertThat(s.time()).hasToString("18:00"));
  }
}
