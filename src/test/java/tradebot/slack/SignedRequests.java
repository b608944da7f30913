package tradebot.slack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plays Slack: posts to the bot's /slack/events endpoint, signed the way Slack signs (v0, HMAC
 * SHA-256 of "v0:timestamp:body"), computed here independently of Bolt.
 */
final class SignedRequests {

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI endpoint;
  private final String secret;

  SignedRequests(URI endpoint, String secret) {
    this.endpoint = endpoint;
    this.secret = secret;
  }

  /** A slash command as Slack posts it: form fields. */
  static String slashCommand(String text, String channel, String responseUrl) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "legacy-verification-token");
    f.put("team_id", FakeSlackApi.TEAM);
    f.put("team_domain", "test");
    f.put("channel_id", channel);
    f.put("channel_name", "general");
    f.put("user_id", "U0ASKER");
    f.put("user_name", "asker");
    f.put("command", "/trade");
    f.put("text", text);
    f.put("api_app_id", "A0APP");
    f.put("response_url", responseUrl);
    f.put("trigger_id", "1.2.3");
    return form(f);
  }

  /** An Events API callback wrapping {@code eventJson}. */
  static String eventCallback(String eventId, String eventJson) {
    return "{\"token\":\"legacy-verification-token\",\"team_id\":\"" + FakeSlackApi.TEAM + "\","
        + "\"api_app_id\":\"A0APP\",\"event\":" + eventJson + ",\"type\":\"event_callback\","
        + "\"event_id\":\"" + eventId + "\",\"event_time\":1700000000,"
        + "\"authorizations\":[{\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"user_id\":\"" + FakeSlackApi.BOT_USER
        + "\",\"is_bot\":true}]}";
  }

  /** A button click (block_actions), form-encoded as payload=JSON. */
  static String blockAction(String actionId, String blockId, String value, String responseUrl) {
    String json = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlackApi.TEAM + "\",\"domain\":\"test\"},"
        + "\"user\":{\"id\":\"U0ASKER\",\"team_id\":\"" + FakeSlackApi.TEAM + "\"},\"api_app_id\":\"A0APP\","
        + "\"token\":\"legacy-verification-token\",\"container\":{\"type\":\"message\",\"channel_id\":\"C0CHAN\"},"
        + "\"trigger_id\":\"1.2.3\",\"channel\":{\"id\":\"C0CHAN\",\"name\":\"general\"},"
        + "\"response_url\":\"" + responseUrl + "\","
        + "\"actions\":[{\"action_id\":\"" + actionId + "\",\"block_id\":\"" + blockId + "\","
        + "\"text\":{\"type\":\"plain_text\",\"text\":\"1\"},\"value\":\"" + value + "\","
        + "\"type\":\"button\",\"action_ts\":\"1700000000.1\"}]}";
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  /** A message shortcut (the "…" menu on a message), form-encoded as payload=JSON. */
  static String messageShortcut(String callbackId, String channel, String text, String ts, String responseUrl) {
    String json = "{\"type\":\"message_action\",\"callback_id\":\"" + callbackId + "\","
        + "\"team\":{\"id\":\"" + FakeSlackApi.TEAM + "\",\"domain\":\"test\"},"
        + "\"user\":{\"id\":\"U0ASKER\",\"name\":\"asker\",\"team_id\":\"" + FakeSlackApi.TEAM + "\"},"
        + "\"channel\":{\"id\":\"" + channel + "\",\"name\":\"general\"},\"token\":\"legacy-verification-token\","
        + "\"action_ts\":\"1700000000.5\",\"message_ts\":\"" + ts + "\",\"trigger_id\":\"1.2.3\","
        + "\"response_url\":\"" + responseUrl + "\","
        + "\"message\":{\"type\":\"message\",\"user\":\"U0WRITER\",\"ts\":\"" + ts + "\",\"text\":"
        + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(text).toString() + "}}";
    return "payload=" + URLEncoder.encode(json, StandardCharsets.UTF_8);
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  HttpResponse<String> post(String body, String contentType) throws Exception {
    return post(body, contentType, Instant.now(), secret, Map.of());
  }

  HttpResponse<String> post(String body, String contentType, Instant timestamp, String signingSecret,
      Map<String, String> extraHeaders) throws Exception {
    String ts = Long.toString(timestamp.getEpochSecond());
    HttpRequest.Builder req = HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", ts)
        .header("X-Slack-Signature", sign(signingSecret, ts, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    extraHeaders.forEach(req::header);
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String sign(String secret, String timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }
}
