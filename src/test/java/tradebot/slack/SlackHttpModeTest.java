package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * The Slack app in HTTP mode end to end: signed requests to the running Bolt endpoint, answers
 * observed at a loopback fake of the Slack Web API and of response_url.
 */
class SlackHttpModeTest {

  static final String BOT_TOKEN = "xoxb-test-000000000000-fake-bot-token";
  static final String SIGNING_SECRET = "test-signing-secret-0123456789abcdef";
  static final String JSON = "application/json";
  static final String FORM = "application/x-www-form-urlencoded";

  /** A figure from data/indicators/hunan-2025.json and the question that finds it. */
  static final String EV_QUESTION = "Hunan EV exports";
  static final String EV_ID = "hunan_ev_exports_value_2025";

  static Core core;
  static final List<String> subscriptionCalls = new CopyOnWriteArrayList<>();

  final ObjectMapper json = new ObjectMapper();
  FakeSlackApi slack;
  SlackBot bot;
  SignedRequests requests;
  RecordingSleeper sleeper;

  @BeforeAll
  static void loadCore() {
    core = new Wiring(Map.of()).core((message, command, arguments, lang) -> {
      subscriptionCalls.add(message.conversation() + " " + command + " " + arguments);
      return Reply.message(Reply.Kind.HELP, lang, "subscription " + command + " noted");
    });
  }

  @BeforeEach
  void start() throws Exception {
    subscriptionCalls.clear();
    slack = new FakeSlackApi();
    sleeper = new RecordingSleeper();
    SlackSettings settings = new SlackSettings(BOT_TOKEN, null, SIGNING_SECRET,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slack.apiUrl());
    bot = SlackBot.build(settings, core, sleeper, Ticker.systemTicker());
    bot.start();
    InetSocketAddress at = bot.httpAddress();
    requests = new SignedRequests(
        URI.create("http://127.0.0.1:" + at.getPort() + SlackSettings.EVENTS_PATH), SIGNING_SECRET);
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    slack.close();
  }

  String evSentence() {
    return core.answerer().fact(EV_ID, Lang.ENGLISH).orElseThrow().evidence().get(0).sentence();
  }

  /** All text in a list of blocks, one line per text field, for content checks. */
  static String texts(JsonNode blocks) {
    List<String> out = new ArrayList<>();
    blocks.findValues("text").forEach(t -> out.add(t.isTextual() ? t.asText() : t.path("text").asText()));
    return String.join("\n", out);
  }

  JsonNode postedBlocks(FakeSlackApi.Call post) throws Exception {
    return json.readTree(post.form().get("blocks"));
  }

  @Test
  void slashCommandIsAcknowledgedBeforeTheAnswerIsDelivered() throws Exception {
    slack.closeRespondGate(); // the answer cannot be delivered until the test says so
    HttpResponse<String> ack =
        requests.post(SignedRequests.slashCommand(EV_QUESTION, "C0CHAN", slack.responseUrl("1")), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);
    assertThat(ack.body()).isEmpty();
    slack.openRespondGate();

    JsonNode response = json.readTree(slack.nextResponse().body());
    assertThat(response.path("response_type").asText()).isEqualTo("in_channel");
    String blocks = texts(response.path("blocks"));
    assertThat(blocks).contains("124.4").contains("> " + Mrkdwn.escape(evSentence()));
    assertThat(response.path("blocks").findValues("type")).extracting(JsonNode::asText).contains("context");
    assertThat(response.path("text").asText()).contains("124.4");
  }

  @Test
  void aChannelFloodingTheBotGetsAFewAnswersAndOneNoteWhileAnotherChannelIsAnswered() throws Exception {
    for (int i = 0; i < 20; i++) {
      requests.post(SignedRequests.slashCommand(EV_QUESTION + " " + i, "C0FLOOD", slack.responseUrl("flood" + i)), FORM);
    }
    requests.post(SignedRequests.slashCommand(EV_QUESTION, "C0OTHER", slack.responseUrl("other")), FORM);
    List<FakeSlackApi.Call> responses = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      responses.add(slack.nextResponse());
    }
    assertThat(responses).filteredOn(r -> r.path().endsWith("/other")).hasSize(1);
    List<FakeSlackApi.Call> flood = responses.stream().filter(r -> r.path().contains("/flood")).toList();
    assertThat(flood).hasSize(6);
    assertThat(flood).filteredOn(r -> r.body().contains("faster than I can answer")).hasSize(1);
  }

  @Test
  void emptySlashCommandShowsHelpSpelledForSlack() throws Exception {
    requests.post(SignedRequests.slashCommand("", "C0CHAN", slack.responseUrl("2")), FORM);

    JsonNode response = json.readTree(slack.nextResponse().body());
    assertThat(response.path("response_type").asText()).isEqualTo("ephemeral");
    assertThat(texts(response.path("blocks"))).contains("/trade topics").contains("/trade subscribe");
  }

  @Test
  void slashSubcommandsGoThroughTheChatServiceAsCommands() throws Exception {
    requests.post(SignedRequests.slashCommand("subscribe 08:30 Europe/Berlin cars", "C0CHAN", slack.responseUrl("3")), FORM);
    assertThat(texts(json.readTree(slack.nextResponse().body()).path("blocks"))).contains("subscription subscribe noted");
    requests.post(SignedRequests.slashCommand("unsubscribe", "C0CHAN", slack.responseUrl("4")), FORM);
    slack.nextResponse();
    requests.post(SignedRequests.slashCommand("subscriptions", "C0CHAN", slack.responseUrl("5")), FORM);
    slack.nextResponse();
    assertThat(subscriptionCalls).containsExactly(
        "slack:C0CHAN subscribe 08:30 Europe/Berlin cars",
        "slack:C0CHAN unsubscribe ",
        "slack:C0CHAN subscriptions ");

    requests.post(SignedRequests.slashCommand("topics", "C0CHAN", slack.responseUrl("6")), FORM);
    assertThat(texts(json.readTree(slack.nextResponse().body()).path("blocks"))).contains("Figures I can quote");
  }

  @Test
  void mentionInAChannelIsAnsweredInItsThread() throws Exception {
    String event = "{\"type\":\"app_mention\",\"user\":\"U0ASKER\",\"text\":\"<@" + FakeSlackApi.BOT_USER + "> "
        + EV_QUESTION + "\",\"ts\":\"1700000000.000100\",\"channel\":\"C0CHAN\",\"event_ts\":\"1700000000.000100\"}";
    assertThat(requests.post(SignedRequests.eventCallback("Ev0MENTION", event), JSON).statusCode()).isEqualTo(200);

    FakeSlackApi.Call post = slack.nextPost();
    assertThat(post.form()).containsEntry("channel", "C0CHAN").containsEntry("thread_ts", "1700000000.000100");
    assertThat(post.headers().get("authorization")).isEqualTo("Bearer " + BOT_TOKEN);
    assertThat(texts(postedBlocks(post))).contains("124.4").contains("> " + Mrkdwn.escape(evSentence()));
  }

  @Test
  void directMessageIsAnswered() throws Exception {
    requests.post(SignedRequests.eventCallback("Ev0DM", dm("湖南进出口总值", "1700000000.000200")), JSON);

    FakeSlackApi.Call post = slack.nextPost();
    assertThat(post.form()).containsEntry("channel", "D0DM").doesNotContainKey("thread_ts");
    assertThat(texts(postedBlocks(post))).contains("5,414.1").contains("出处");
  }

  @Test
  void ownMessagesOtherBotsAndSubtypesAreIgnored() throws Exception {
    String own = "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D0DM\",\"user\":\""
        + FakeSlackApi.BOT_USER + "\",\"text\":\"" + EV_QUESTION + "\",\"ts\":\"1.1\"}";
    String otherBot = "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"D0DM\",\"bot_id\":\"B0OTHER\","
        + "\"subtype\":\"bot_message\",\"text\":\"" + EV_QUESTION + "\",\"ts\":\"1.2\"}";
    String edit = "{\"type\":\"message\",\"subtype\":\"message_changed\",\"channel_type\":\"im\",\"channel\":\"D0DM\","
        + "\"message\":{\"type\":\"message\",\"user\":\"U0ASKER\",\"text\":\"x\",\"ts\":\"1.3\"},\"ts\":\"1.4\"}";
    for (String[] e : new String[][] {{"Ev0OWN", own}, {"Ev0BOT", otherBot}, {"Ev0EDIT", edit}}) {
      assertThat(requests.post(SignedRequests.eventCallback(e[0], e[1]), JSON).statusCode()).isEqualTo(200);
    }
    requests.post(SignedRequests.eventCallback("Ev0AFTER", dm("Hunan EV exports", "1.5")), JSON);

    FakeSlackApi.Call post = slack.nextPost(); // the answers are delivered in order of arrival
    assertThat(post.form().get("text")).contains("124.4");
    assertThat(slack.noMorePosts()).isTrue();
  }

  @Test
  void ambiguousQuestionOffersButtonsAndAClickAnswersTheChosenOption() throws Exception {
    requests.post(SignedRequests.eventCallback("Ev0AMBIG", dm("D0AMBIG", "exports", "1700000000.000300")), JSON);
    JsonNode blocks = postedBlocks(slack.nextPost());
    JsonNode actions = null;
    for (JsonNode b : blocks) {
      if (b.path("type").asText().equals("actions")) {
        actions = b;
      }
    }
    assertThat(actions).as("an actions block in %s", blocks).isNotNull();
    JsonNode button = actions.path("elements").get(0);
    String indicatorId = button.path("value").asText();
    assertThat(core.store().indicator(indicatorId)).isPresent();

    HttpResponse<String> ack = requests.post(SignedRequests.blockAction(
        button.path("action_id").asText(), actions.path("block_id").asText(), indicatorId, slack.responseUrl("7")), FORM);
    assertThat(ack.statusCode()).isEqualTo(200);

    JsonNode response = json.readTree(slack.nextResponse().body());
    assertThat(response.path("replace_original").asBoolean()).isTrue();
    String sentence = core.store().indicator(indicatorId).orElseThrow().sentence();
    assertThat(texts(response.path("blocks"))).contains("> " + Mrkdwn.escape(sentence));
  }

  @Test
  void forgedSignatureGets401AndNothingRuns() throws Exception {
    HttpResponse<String> forged = requests.post(
        SignedRequests.slashCommand(EV_QUESTION, "C0CHAN", slack.responseUrl("forged")), FORM,
        Instant.now(), "not-the-signing-secret-0000000000", Map.of());
    assertThat(forged.statusCode()).isEqualTo(401);
    HttpResponse<String> forgedEvent = requests.post(
        SignedRequests.eventCallback("Ev0FORGED", dm(EV_QUESTION, "1.6")), JSON,
        Instant.now(), "not-the-signing-secret-0000000000", Map.of());
    assertThat(forgedEvent.statusCode()).isEqualTo(401);

    assertOnlyTheNextSignedRequestIsAnswered();
  }

  @Test
  void staleTimestampGets401AndNothingRuns() throws Exception {
    HttpResponse<String> stale = requests.post(
        SignedRequests.slashCommand(EV_QUESTION, "C0CHAN", slack.responseUrl("stale")), FORM,
        Instant.now().minus(Duration.ofMinutes(6)), SIGNING_SECRET, Map.of());
    assertThat(stale.statusCode()).isEqualTo(401);
    HttpResponse<String> staleEvent = requests.post(
        SignedRequests.eventCallback("Ev0STALE", dm(EV_QUESTION, "1.7")), JSON,
        Instant.now().minus(Duration.ofMinutes(6)), SIGNING_SECRET, Map.of());
    assertThat(staleEvent.statusCode()).isEqualTo(401);

    assertOnlyTheNextSignedRequestIsAnswered();
  }

  /** A valid request after the rejected ones: its answer is the only one that arrives. */
  private void assertOnlyTheNextSignedRequestIsAnswered() throws Exception {
    requests.post(SignedRequests.slashCommand(EV_QUESTION, "C0CHAN", slack.responseUrl("valid")), FORM);
    assertThat(slack.nextResponse().path()).isEqualTo("/respond/valid");
    assertThat(slack.noMoreResponses()).isTrue();
    assertThat(slack.noMorePosts()).isTrue();
  }

  @Test
  void retriedEventIsAnsweredOnce() throws Exception {
    String body = SignedRequests.eventCallback("Ev0RETRY", dm(EV_QUESTION, "1700000000.000400"));
    assertThat(requests.post(body, JSON).statusCode()).isEqualTo(200);
    for (int retry = 1; retry <= 2; retry++) {
      HttpResponse<String> again = requests.post(body, JSON, Instant.now(), SIGNING_SECRET,
          Map.of("X-Slack-Retry-Num", Integer.toString(retry), "X-Slack-Retry-Reason", "http_timeout"));
      assertThat(again.statusCode()).isEqualTo(200);
    }
    requests.post(SignedRequests.eventCallback("Ev0NEXT", dm("湖南进出口总值", "1700000000.000500")), JSON);

    // answers run in parallel, so they may arrive in either order
    assertThat(List.of(slack.nextPost().form().get("text"), slack.nextPost().form().get("text")))
        .anySatisfy(t -> assertThat(t).contains("124.4"))
        .anySatisfy(t -> assertThat(t).contains("5,414.1"));
    assertThat(slack.noMorePosts()).isTrue(); // the retries were dropped before they were acked
  }

  @Test
  void rateLimitedPostWaitsWhatRetryAfterSaysThenSucceeds() throws Exception {
    slack.scriptPost(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");
    requests.post(SignedRequests.eventCallback("Ev0RATE", dm(EV_QUESTION, "1700000000.000600")), JSON);

    FakeSlackApi.Call first = slack.nextPost();
    FakeSlackApi.Call second = slack.nextPost();
    assertThat(second.form()).isEqualTo(first.form());
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoffAndPermanentErrorsAreNot() throws Exception {
    slack.scriptPost(500, Map.of(), "{\"ok\":false}");
    slack.scriptPost(503, Map.of(), "{\"ok\":false}");
    requests.post(SignedRequests.eventCallback("Ev0FAIL", dm(EV_QUESTION, "1700000000.000700")), JSON);
    slack.nextPost();
    slack.nextPost();
    slack.nextPost();
    assertThat(sleeper.waits).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));

    slack.scriptPost(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");
    requests.post(SignedRequests.eventCallback("Ev0GONE", dm(EV_QUESTION, "1700000000.000800")), JSON);
    slack.nextPost();
    requests.post(SignedRequests.eventCallback("Ev0LAST", dm("湖南进出口总值", "1700000000.000900")), JSON);
    assertThat(slack.nextPost().form().get("text")).contains("5,414.1"); // no second try in between
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void answersSlacksUrlVerificationChallenge() throws Exception {
    HttpResponse<String> r = requests.post(
        "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
            + "\"type\":\"url_verification\"}", JSON);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  @Test
  void otherPathsAndMethodsAreRefused() throws Exception {
    var http = java.net.http.HttpClient.newHttpClient();
    URI base = URI.create("http://127.0.0.1:" + bot.httpAddress().getPort());
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/other")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    assertThat(http.send(java.net.http.HttpRequest.newBuilder(base.resolve(SlackSettings.EVENTS_PATH)).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
  }

  static String dm(String text, String ts) {
    return dm("D0DM", text, ts);
  }

  /** A direct message in another DM: a conversation of its own. */
  static String dm(String channel, String text, String ts) {
    return "{\"type\":\"message\",\"channel_type\":\"im\",\"channel\":\"" + channel + "\",\"user\":\"U0ASKER\","
        + "\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\"}";
  }

  static String mention(String text, String ts, String threadTs) {
    return "{\"type\":\"app_mention\",\"user\":\"U0ASKER\",\"text\":\"<@" + FakeSlackApi.BOT_USER + "> " + text
        + "\",\"ts\":\"" + ts + "\",\"channel\":\"C0CHAN\",\"event_ts\":\"" + ts + "\""
        + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"") + "}";
  }

  @Test
  void aFollowUpInAThreadContinuesThatThreadsSubjectOnly() throws Exception {
    String thread = "1700000100.000100";
    requests.post(SignedRequests.eventCallback("Ev0CONV1", mention("长沙对非进出口多少？", thread, null)), JSON);
    assertThat(texts(postedBlocks(slack.nextPost()))).contains("303.5");
    requests.post(SignedRequests.eventCallback("Ev0CONV2", mention("湖南呢？", "1700000100.000200", thread)), JSON);
    FakeSlackApi.Call hunan = slack.nextPost();
    assertThat(hunan.form()).containsEntry("thread_ts", thread);
    assertThat(texts(postedBlocks(hunan))).contains("580").contains("湖南");
    requests.post(SignedRequests.eventCallback("Ev0CONV3", mention("增长多少？", "1700000100.000300", thread)), JSON);
    assertThat(texts(postedBlocks(slack.nextPost()))).contains("5.8%");
    // another thread of the same channel has no subject to follow up on
    requests.post(SignedRequests.eventCallback("Ev0CONV4", mention("增长多少？", "1700000200.000100", null)), JSON);
    assertThat(texts(postedBlocks(slack.nextPost()))).doesNotContain("5.8%");
  }
}
