package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.TestCores;

/** Inline mode end to end: "@Bot …" typed in any chat, answered by answerInlineQuery on the loopback Bot API. */
class TelegramInlineModeTest {

  @TempDir Path dir;
  private FakeBotApi api;
  private TelegramBot bot;

  @BeforeEach
  void start() throws Exception {
    api = new FakeBotApi();
    bot = TestBots.start(api, dir.resolve("offset"));
  }

  @AfterEach
  void stop() {
    bot.close();
    api.close();
  }

  private JsonNode ask(String id, String query, String languageCode) {
    ObjectNode q = api.json().createObjectNode();
    q.put("id", id);
    q.set("from", api.user(4242, languageCode));
    q.put("query", query);
    q.put("offset", "");
    api.push("inline_query", q);
    return api.await("answerinlinequery", 1).stream()
        .map(FakeBotApi.Call::body)
        .filter(b -> b.path("inline_query_id").asText().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private static List<JsonNode> results(JsonNode answer) {
    return StreamSupport.stream(answer.path("results").spliterator(), false).toList();
  }

  private static String html(JsonNode result) {
    return result.path("input_message_content").path("message_text").asText();
  }

  @Test
  void answersWithUpToFiveArticleCardsEachWithTheFigureItsSentenceAndSource() {
    JsonNode answer = ask("q1", "湖南汽车出口", "zh-hans");
    List<JsonNode> results = results(answer);
    assertThat(results).hasSizeBetween(1, InlineQueryHandler.MAX_RESULTS);
    assertThat(answer.path("cache_time").asInt()).isBetween(1, 60);
    String auto = TestCores.core().store().indicator("hunan_auto_exports_value_2025").orElseThrow().sentence();
    assertThat(results).anySatisfy(r -> assertThat(html(r)).contains("<blockquote>" + Html.escape(auto) + "</blockquote>"));
    for (JsonNode r : results) {
      assertThat(r.path("type").asText()).isEqualTo("article");
      assertThat(r.path("title").asText()).isNotBlank();
      assertThat(r.path("input_message_content").path("parse_mode").asText()).isEqualTo("HTML");
      assertThat(FakeBotApi.htmlProblem(html(r))).as(html(r)).isNull();
      assertThat(html(r)).contains("<i>");
    }
    assertThat(results.stream().map(r -> r.path("id").asText()).distinct()).hasSize(results.size());
  }

  @Test
  void anOutOfScopeQueryIsOneResultSayingSo() {
    List<JsonNode> results = results(ask("q2", "上海外贸多少", "zh-hans"));
    assertThat(results).hasSize(1);
    assertThat(FakeBotApi.visible(html(results.get(0)))).contains("上海").doesNotContain("原文");
  }

  @Test
  void checksAClaimTypedAsCheckColon() {
    List<JsonNode> results = results(ask("q3", "check: 2025年长沙进出口3875.4亿元", "en"));
    assertThat(results).hasSize(1);
    String visible = FakeBotApi.visible(html(results.get(0)));
    assertThat(results.get(0).path("title").asText()).startsWith("核实：与原文不符");
    assertThat(visible).contains("3875.4亿元").contains("2,875.4亿元");
    assertThat(html(results.get(0))).containsPattern("<blockquote>[^<]*2,875.4億元[^<]*</blockquote>");
    assertThat(FakeBotApi.htmlProblem(html(results.get(0)))).isNull();
  }

  @Test
  void commandsTypedInlineAreQuestionsAndNeverSubscribeAnyone() {
    List<JsonNode> results = results(ask("q4", "/subscribe 08:30", "en"));
    assertThat(results).hasSize(1);
    assertThat(api.calls("sendmessage")).isEmpty();
  }
}
