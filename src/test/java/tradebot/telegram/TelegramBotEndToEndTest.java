package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.Wiring;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.text.Lang;

/**
 * The bot end to end: the real telegrambots long polling and client against a loopback Bot API.
 * Each test uses its own chat ids, since the shared core remembers conversations.
 */
class TelegramBotEndToEndTest {

  private final Core core = TestCores.core();
  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void startFakeApi() throws Exception {
    api = new FakeBotApi();
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.close();
    }
    api.close();
  }

  private Path offsetFile() {
    return dir.resolve("telegram-offset");
  }

  private TelegramBot start() {
    bot = TestBots.start(api, offsetFile());
    return bot;
  }

  private Indicator indicator(String id) {
    return core.store().indicator(id).orElseThrow();
  }

  private static List<JsonNode> buttons(FakeBotApi.Call call) {
    JsonNode rows = call.body().path("reply_markup").path("inline_keyboard");
    return StreamSupport.stream(rows.spliterator(), false).flatMap(r -> StreamSupport.stream(r.spliterator(), false)).toList();
  }

  @Test
  void answersAPrivateQuestionWithTheFigureItsSentenceAndAShareButton() {
    start();
    api.text(1001, "What was Hunan's total foreign trade in 2025?");
    FakeBotApi.Call sent = api.await("sendmessage", 1).get(0);
    Indicator total = indicator("hunan_trade_total_2025");

    assertThat(sent.body().path("chat_id").asText()).isEqualTo("1001");
    assertThat(sent.body().path("parse_mode").asText()).isEqualTo("HTML");
    assertThat(sent.text())
        .contains("541.41 billion yuan")
        .contains("<blockquote>" + Html.escape(total.sentence()) + "</blockquote>");
    String deepLink = "https://t.me/" + FakeBotApi.BOT_USERNAME + "?start=f_hunan_trade_total_2025";
    assertThat(buttons(sent)).anySatisfy(b -> assertThat(b.path("url").asText())
        .isEqualTo("https://t.me/share/url?url=" + URLEncoder.encode(deepLink, StandardCharsets.UTF_8)));
  }

  @Test
  void registersCommandMenusAndDeletesTheWebhookBeforePolling() {
    start();
    api.await("getupdates", 1);
    List<String> order = api.calls().stream().map(FakeBotApi.Call::method).distinct().toList();
    assertThat(order.indexOf("deletewebhook")).isLessThan(order.indexOf("getupdates"));
    List<FakeBotApi.Call> menus = api.calls("setmycommands");
    assertThat(menus).extracting(c -> c.body().path("language_code").asText(""))
        .containsExactlyInAnyOrder("", "en", "zh");
    JsonNode zh = menus.stream().filter(c -> c.body().path("language_code").asText("").equals("zh")).findFirst().orElseThrow().body();
    assertThat(zh.path("commands")).hasSize(tradebot.command.Commands.all().size());
    assertThat(zh.path("commands").get(0).path("command").asText()).isEqualTo("start");
    assertThat(zh.path("commands").get(0).path("description").asText()).isEqualTo("开始使用");
  }

  @Test
  void opensASharedFactFromTheStartDeepLink() {
    start();
    api.text(1002, "/start f_changsha_trade_total_2025");
    String text = api.await("sendmessage", 1).get(0).text();
    assertThat(text).contains(Html.escape(indicator("changsha_trade_total_2025").sentence()));
  }

  @Test
  void answersAskAddressedToItByNameInAGroupAsAReply() {
    start();
    ObjectNode message = api.message(-2001, 7, "zh-hans", "/ask@" + FakeBotApi.BOT_USERNAME + " 长沙2025年进出口总值");
    api.push("message", message);
    FakeBotApi.Call sent = api.await("sendmessage", 1).get(0);
    assertThat(sent.text()).contains(Html.escape(indicator("changsha_trade_total_2025").sentence()));
    assertThat(sent.body().path("reply_parameters").path("message_id").asInt())
        .isEqualTo(message.path("message_id").asInt());
  }

  @Test
  void staysSilentOnGroupChatterButAnswersMentionsAndRepliesToItsMessages() {
    start();
    long group = -2002;
    api.text(group, "hello everyone, lunch at noon?");
    api.text(group, "/ask@SomeOtherBot 湖南进出口总值");
    api.text(group, "/roll 20");
    api.text(group, "@" + FakeBotApi.BOT_USERNAME + " 湖南打火机出口多少");
    ObjectNode reply = api.message(group, 8, "en", "What was Hunan's total foreign trade in 2025?");
    ObjectNode botMessage = api.message(group, FakeBotApi.BOT_ID, null, "an earlier answer");
    botMessage.set("from", api.botUser());
    reply.set("reply_to_message", botMessage);
    api.push("message", reply);

    List<FakeBotApi.Call> sent = api.await("sendmessage", 2);
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).text()).contains(Html.escape(indicator("hunan_lighter_exports_2025").sentence()));
    assertThat(sent.get(1).text()).contains(Html.escape(indicator("hunan_trade_total_2025").sentence()));
  }

  @Test
  void followsUpPerPrivateChatAndPerPersonInAGroup() {
    start();
    api.text(1004, "湖南新三样出口多少？");
    api.text(1004, "長沙呢？");
    List<FakeBotApi.Call> privateChat = api.await("sendmessage", 2);
    assertThat(privateChat.get(1).text()).contains("163").contains("長沙");

    long group = -2003;
    String mention = "@" + FakeBotApi.BOT_USERNAME + " ";
    api.push("message", api.message(group, 21, "zh-hans", mention + "湖南汽车出口多少？"));
    api.await("sendmessage", 3);
    api.push("message", api.message(group, 22, "zh-hans", mention + "长沙对非进出口多少？"));
    api.await("sendmessage", 4);
    api.push("message", api.message(group, 21, "zh-hans", mention + "增长多少？"));
    List<FakeBotApi.Call> sent = api.await("sendmessage", 5);
    // person 21 follows up on their own question, not on person 22's, asked in between
    assertThat(sent.get(4).text()).contains("26.8%").doesNotContain("28.9%");
  }

  @Test
  void offersOptionsAsButtonsAndSendsTheChosenFactAfterAnsweringTheCallback() {
    start();
    api.text(1003, "Africa trade");
    FakeBotApi.Call question = api.await("sendmessage", 1).get(0);
    List<JsonNode> options = buttons(question).stream().filter(b -> b.has("callback_data")).toList();
    assertThat(options).hasSizeGreaterThan(1);
    assertThat(options).allSatisfy(b -> assertThat(b.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    String data = options.get(0).path("callback_data").asText();
    String chosen = CallbackData.decode(data).orElseThrow().indicatorId();

    ObjectNode callback = api.json().createObjectNode();
    callback.put("id", "cb-1");
    callback.set("from", api.user(1003, "en"));
    callback.set("message", api.message(1003, FakeBotApi.BOT_ID, null, "Which one do you mean?"));
    callback.put("chat_instance", "ci");
    callback.put("data", data);
    api.push("callback_query", callback);

    assertThat(api.await("answercallbackquery", 1).get(0).body().path("callback_query_id").asText()).isEqualTo("cb-1");
    FakeBotApi.Call fact = api.await("sendmessage", 2).get(1);
    assertThat(fact.text()).contains(Html.escape(indicator(chosen).sentence()));
  }

  @Test
  void answersAStaleCallbackWithANoteInsteadOfLeavingItSpinning() {
    start();
    ObjectNode callback = api.json().createObjectNode();
    callback.put("id", "cb-2");
    callback.set("from", api.user(1004, "en"));
    callback.set("message", api.message(1004, FakeBotApi.BOT_ID, null, "old"));
    callback.put("chat_instance", "ci");
    callback.put("data", "f:no_such_indicator:e");
    api.push("callback_query", callback);
    api.text(1004, "/help");

    api.await("sendmessage", 1);
    JsonNode answer = api.await("answercallbackquery", 1).get(0).body();
    assertThat(answer.path("text").asText()).contains("no longer available");
    assertThat(api.calls("sendmessage")).hasSize(1);
  }

  @Test
  void splitsAReplyOverTelegramsLimitBetweenSentences() {
    List<Indicator> hunan =
        core.store().indicators().stream().filter(i -> i.sourceId().startsWith("hunan")).toList();
    Reply everything = core.writer().answer(hunan, Lang.ENGLISH);
    Replies replies = new Replies() {
      @Override
      public Reply reply(Incoming message) {
        return message.text().equals("everything") ? everything : TestBots.coreReplies().reply(message);
      }

      @Override
      public Optional<Reply> fact(String indicatorId, Lang lang) {
        return Optional.empty();
      }
    };
    bot = TestBots.start(api, offsetFile(), replies);
    api.text(1005, "everything");
    api.text(1005, "/help");

    List<FakeBotApi.Call> sent = awaitTextContaining("/topics");
    List<FakeBotApi.Call> parts = sent.subList(0, sent.size() - 1);
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allSatisfy(p -> {
      assertThat(p.text().length()).isLessThanOrEqualTo(4096);
      assertThat(p.text()).endsWith("</i>");
    });
    String all = String.join("\n", parts.stream().map(FakeBotApi.Call::text).toList());
    assertThat(hunan).allSatisfy(i -> assertThat(all).contains(Html.escape(i.sentence())));
    assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(buttons(p)).isEmpty());
    assertThat(buttons(parts.get(parts.size() - 1))).isNotEmpty();
  }

  private List<FakeBotApi.Call> awaitTextContaining(String marker) {
    for (int n = 1; ; n++) {
      List<FakeBotApi.Call> sent = api.await("sendmessage", n);
      if (sent.get(n - 1).text().contains(marker)) {
        return sent.subList(0, n);
      }
    }
  }

  @Test
  void escapesMarkupFromTheUserEverywhere() {
    start();
    api.text(1006, "/<b>bold</b>&co");
    api.text(1006, "<i>Hunan</i> lighter exports & <script>");
    List<FakeBotApi.Call> sent = api.await("sendmessage", 2);
    // The fake rejects malformed HTML with a 400 as Telegram does, so two sends means two accepted.
    assertThat(sent).allSatisfy(c -> assertThat(FakeBotApi.htmlProblem(c.text())).isNull());
    assertThat(sent.get(0).text()).contains("/&lt;b&gt;bold&lt;/b&gt;&amp;co");
    assertThat(sent.get(1).text()).contains(Html.escape(indicator("hunan_lighter_exports_2025").sentence()));
  }

  @Test
  void waitsTheRetryAfterTelegramAsksForOn429() {
    start();
    api.failNext("sendmessage", 1, 429,
        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\",\"parameters\":{\"retry_after\":1}}");
    api.text(1007, "/help");
    List<FakeBotApi.Call> sent = api.await("sendmessage", 2);
    assertThat(java.time.Duration.between(sent.get(0).at(), sent.get(1).at())).isGreaterThanOrEqualTo(java.time.Duration.ofSeconds(1));
    assertThat(sent.get(1).text()).isEqualTo(sent.get(0).text());
  }

  @Test
  void retriesServerErrorsUntilTheMessageGoesThrough() {
    start();
    api.failNext("sendmessage", 2, 500, FakeBotApi.error(500, "Internal Server Error"));
    api.text(1008, "/help");
    api.text(1008, "/topics");
    List<FakeBotApi.Call> sent = api.await("sendmessage", 4);
    assertThat(sent.subList(0, 3)).extracting(FakeBotApi.Call::text).containsOnly(sent.get(0).text());
    assertThat(sent.get(3).text()).isNotEqualTo(sent.get(0).text());
  }

  @Test
  void recordsABlockedChatWithoutRetrying() {
    start();
    api.failNext("sendmessage", 1, 403, FakeBotApi.error(403, "Forbidden: bot was blocked by the user"));
    api.text(1009, "/help");
    awaitBlocked("1009");
    api.text(1009, "/topics");
    List<FakeBotApi.Call> sent = api.await("sendmessage", 2);
    // The chat's updates run in order, so a retry of the refused /help would come before /topics.
    assertThat(sent.get(0).text()).contains("/ask");
    assertThat(sent.get(1).text()).doesNotContain("/ask");
  }

  private void awaitBlocked(String chatId) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!bot.blockedChats().contains(chatId) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(bot.blockedChats()).contains(chatId);
  }

  @Test
  void neitherReplaysNorSkipsUpdatesAcrossARestart() {
    start();
    api.text(1011, "/help");
    api.text(1011, "/topics");
    api.await("sendmessage", 2);
    bot.close();
    assertThat(new FileUpdateOffsetStore(offsetFile()).load()).isEqualTo(2);

    api.text(1011, "What was Hunan's total foreign trade in 2025?");
    bot = TestBots.start(api, offsetFile());
    List<FakeBotApi.Call> sent = api.await("sendmessage", 3);
    // Same chat, so a replay of the first two would have been sent before the third answer.
    assertThat(sent).hasSize(3);
    assertThat(sent.get(2).text()).contains("541.41 billion yuan");
    List<FakeBotApi.Call> polls = api.calls("getupdates");
    assertThat(polls.stream().map(c -> c.body().path("offset").asInt()).filter(o -> o < 3)).hasSizeLessThan(polls.size());
  }

  @Test
  void neverCrashesOnUpdatesWithoutText() throws Exception {
    start();
    ObjectNode sticker = api.message(1012, 1012, "en", null);
    sticker.set("sticker", api.json().readTree("{\"file_id\":\"s\",\"file_unique_id\":\"u\",\"type\":\"regular\",\"width\":512,\"height\":512,\"is_animated\":false,\"is_video\":false}"));
    api.push("message", sticker);
    ObjectNode photo = api.message(-2003, 9, "en", null);
    photo.set("photo", api.json().readTree("[{\"file_id\":\"p\",\"file_unique_id\":\"q\",\"width\":90,\"height\":90}]"));
    api.push("message", photo);
    ObjectNode joined = api.message(-2003, 9, "en", null);
    joined.set("new_chat_members", api.json().createArrayNode().add(api.user(10, "en")));
    api.push("message", joined);
    api.push("edited_message", api.message(1012, 1012, "en", "edited question"));
    api.push("channel_post", api.message(-1009, 1, null, "channel post"));
    api.push("poll", api.json().readTree("{\"id\":\"p1\",\"question\":\"?\",\"options\":[],\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\",\"allows_multiple_answers\":false}"));
    api.text(-2003, "/help@" + FakeBotApi.BOT_USERNAME);
    api.text(1012, "Hunan lighter exports");

    List<FakeBotApi.Call> sent = api.await("sendmessage", 3);
    assertThat(sent).extracting(c -> c.body().path("chat_id").asText()).containsExactlyInAnyOrder("1012", "1012", "-2003");
    List<String> privateTexts = sent.stream().filter(c -> c.body().path("chat_id").asText().equals("1012")).map(FakeBotApi.Call::text).toList();
    assertThat(privateTexts.get(0)).startsWith("I can only read text messages.");
    assertThat(privateTexts.get(1)).contains(Html.escape(indicator("hunan_lighter_exports_2025").sentence()));
  }

  @Test
  void keepsTheOffsetInTheDatabaseWhenWiredForProduction() {
    Wiring wiring =
        new Wiring(Map.of("TELEGRAM_BOT_TOKEN", FakeBotApi.TOKEN, "TELEGRAM_API_URL", api.url(), "TRADEBOT_HOME", dir.toString()));
    bot = wiring.telegramBot(wiring.telegramSettings().orElseThrow(), core);
    bot.start();
    api.text(1013, "/help");
    api.await("sendmessage", 1);
    bot.close();
    assertThat(wiring.platformState().get("telegram", "update_offset")).contains("1");
  }
}
