package tradebot.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A loopback Bot API for tests: serves /bot&lt;token&gt;/&lt;method&gt; (any case, as Telegram does;
 * telegrambots sends getupdates but deleteWebhook) on 127.0.0.1, queues updates for getUpdates, records every call, checks message HTML
 * and length as Telegram does, and fails calls on request (429, 5xx, 403).
 *
 * <p>getUpdates returns every queued update from the requested offset on and never forgets one, as
 * if Telegram had not received the confirming poll; so only the bot's own offset prevents replays.
 */
final class FakeBotApi implements AutoCloseable {

  static final String TOKEN = "123456789:AAHfakeSecretPart_0123456789abcdefghij";
  static final long BOT_ID = 123456789L;
  static final String BOT_USERNAME = "TradeFactsBot";

  /** Longest a getUpdates is held open, so tests and shutdown stay quick. */
  private static final long MAX_POLL_MILLIS = 200;


  /** One request as the fake received it. */
  record Call(String method, JsonNode body, Instant at) {
    String text() {
      return body.path("text").asText();
    }
  }

  private record Failure(int status, String body) {}

  /** Not an HTTP status: the connection is closed with no answer, before the call is handled. */
  private static final int DROP = -1;

  /** Not an HTTP status: the call is handled (a message accepted), then the connection is closed unanswered. */
  private static final int DROP_AFTER_HANDLING = -2;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final List<ObjectNode> updates = new ArrayList<>();
  private final Map<String, Deque<Failure>> failures = new HashMap<>();
  private final List<Call> accepted = new CopyOnWriteArrayList<>();
  private final Map<String, java.util.concurrent.CountDownLatch> heldChats = new java.util.concurrent.ConcurrentHashMap<>();
  private int nextUpdateId = 1;
  private int nextMessageId = 1000;

  FakeBotApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  // ---- what tests do

  /** Queues an update of the given kind ("message", "callback_query", ...); returns its id. */
  synchronized long push(String kind, JsonNode payload) {
    ObjectNode update = json.createObjectNode();
    update.put("update_id", nextUpdateId);
    update.set(kind, payload);
    updates.add(update);
    notifyAll();
    return nextUpdateId++;
  }

  /** The next {@code times} calls of {@code method} answer with this status and body. */
  synchronized void failNext(String method, int times, int status, String body) {
    for (int i = 0; i < times; i++) {
      failures.computeIfAbsent(method, k -> new ArrayDeque<>()).add(new Failure(status, body));
    }
  }

  /**
   * The next {@code times} calls of {@code method} lose their connection before Telegram handles
   * them (the client sees an I/O error, as with a reset); nothing is sent.
   */
  void dropNext(String method, int times) {
    failNext(method, times, DROP, "");
  }

  /** The next {@code times} calls are handled (the message is sent) and then lose their connection unanswered. */
  void dropAfterHandlingNext(String method, int times) {
    failNext(method, times, DROP_AFTER_HANDLING, "");
  }

  /** Messages to {@code chatId} are held unanswered until the returned latch is counted down (a slow Bot API). */
  java.util.concurrent.CountDownLatch holdMessagesTo(String chatId) {
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    heldChats.put(chatId, gate);
    return gate;
  }

  /** sendMessage calls the fake accepted: what chats actually received, duplicates included. */
  List<Call> accepted() {
    return List.copyOf(accepted);
  }

  /** Waits (generously) until at least {@code n} messages were accepted. */
  List<Call> awaitAccepted(int n) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      if (accepted.size() >= n) {
        return accepted();
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("expected " + n + " accepted messages, got " + accepted);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Waits (generously) until {@code method} was called at least {@code n} times. */
  List<Call> await(String method, int n) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      List<Call> found = calls(method);
      if (found.size() >= n) {
        return found;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("expected " + n + " " + method + " calls, got " + calls(method).size() + ": " + calls);
  }

  // ---- update payloads

  ObjectNode user(long id, String languageCode) {
    ObjectNode u = json.createObjectNode();
    u.put("id", id);
    u.put("is_bot", false);
    u.put("first_name", "User" + id);
    if (languageCode != null) {
      u.put("language_code", languageCode);
    }
    return u;
  }

  ObjectNode chat(long id) {
    ObjectNode c = json.createObjectNode();
    c.put("id", id);
    c.put("type", id > 0 ? "private" : "supergroup");
    if (id < 0) {
      c.put("title", "Trade chat");
    }
    return c;
  }

  synchronized ObjectNode message(long chatId, long userId, String languageCode, String text) {
    ObjectNode m = json.createObjectNode();
    m.put("message_id", nextMessageId++);
    m.put("date", Instant.now().getEpochSecond());
    m.set("chat", chat(chatId));
    m.set("from", user(userId, languageCode));
    if (text != null) {
      m.put("text", text);
    }
    return m;
  }

  long text(long chatId, String text) {
    return push("message", message(chatId, chatId > 0 ? chatId : 7, "en", text));
  }

  ObjectNode botUser() {
    ObjectNode u = json.createObjectNode();
    u.put("id", BOT_ID);
    u.put("is_bot", true);
    u.put("first_name", "Trade Facts");
    u.put("username", BOT_USERNAME);
    u.put("supports_inline_queries", true);
    return u;
  }

  ObjectMapper json() {
    return json;
  }

  // ---- the Bot API

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      byte[] raw = exchange.getRequestBody().readAllBytes();
      if (!path.startsWith(prefix)) {
        respond(exchange, 401, error(401, "Unauthorized"));
        return;
      }
      // Telegram matches method names case-insensitively; telegrambots sends some lower-case, some not.
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      JsonNode body =
          raw.length == 0 ? json.createObjectNode()
              : type.startsWith("multipart/form-data") ? formFields(new String(raw, StandardCharsets.UTF_8))
              : json.readTree(raw);
      calls.add(new Call(method, body, Instant.now()));
      Failure failure = nextFailure(method);
      if (failure != null && failure.status() == DROP) {
        throw new IOException("connection dropped by the test");
      }
      if (failure != null && failure.status() != DROP_AFTER_HANDLING) {
        respond(exchange, failure.status(), failure.body());
        return;
      }
      boolean dropAfter = failure != null;
      switch (method) {
        case "getme" -> respond(exchange, 200, ok(botUser()));
        case "deletewebhook", "setwebhook", "setmycommands", "answercallbackquery", "sendchataction", "answerinlinequery" ->
            respond(exchange, 200, ok(json.getNodeFactory().booleanNode(true)));
        case "getupdates" -> respond(exchange, 200, ok(updatesFrom(body.path("offset").asLong(0))));
        case "sendmessage" -> sendMessage(exchange, body, dropAfter);
        default -> respond(exchange, 404, error(404, "Not Found: method " + method));
      }
    }
  }

  /** The fields of a multipart form (setWebhook is sent so), as a JSON object of strings. */
  private ObjectNode formFields(String body) {
    ObjectNode fields = json.createObjectNode();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"([^\"]+)\"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n(.*?)\r\n--", java.util.regex.Pattern.DOTALL)
            .matcher(body);
    while (m.find()) {
      fields.put(m.group(1), m.group(2));
    }
    return fields;
  }

  private synchronized Failure nextFailure(String method) {
    Deque<Failure> queue = failures.get(method);
    return queue == null ? null : queue.poll();
  }

  private synchronized ArrayNode updatesFrom(long offset) {
    long deadline = System.currentTimeMillis() + MAX_POLL_MILLIS;
    while (true) {
      ArrayNode result = json.createArrayNode();
      updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(result::add);
      long left = deadline - System.currentTimeMillis();
      if (result.size() > 0 || left <= 0) {
        return result;
      }
      try {
        wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
    }
  }

  private void sendMessage(HttpExchange exchange, JsonNode body, boolean dropAfter) throws IOException {
    String text = body.path("text").asText("");
    if ("HTML".equals(body.path("parse_mode").asText())) {
      String problem = htmlProblem(text);
      if (problem != null) {
        respond(exchange, 400, error(400, "Bad Request: can't parse entities: " + problem));
        return;
      }
      text = visible(text);
    }
    if (text.isEmpty()) {
      respond(exchange, 400, error(400, "Bad Request: message text is empty"));
      return;
    }
    if (text.length() > 4096) {
      respond(exchange, 400, error(400, "Bad Request: message is too long"));
      return;
    }
    long chatId = body.path("chat_id").asLong();
    java.util.concurrent.CountDownLatch hold = heldChats.get(Long.toString(chatId));
    if (hold != null) {
      try {
        hold.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    accepted.add(new Call("sendmessage", body, Instant.now()));
    if (dropAfter) {
      throw new IOException("connection dropped by the test after sending");
    }
    ObjectNode m = json.createObjectNode();
    synchronized (this) {
      m.put("message_id", nextMessageId++);
    }
    m.put("date", Instant.now().getEpochSecond());
    m.set("chat", chat(chatId));
    m.set("from", botUser());
    m.put("text", text);
    respond(exchange, 200, ok(m));
  }

  /** Null when Telegram would accept the HTML; else what it would complain about. */
  static String htmlProblem(String html) {
    return TelegramHtml.problem(html);
  }

  /** The text a user sees: tags gone, entities decoded. */
  static String visible(String html) {
    return TelegramHtml.visible(html);
  }

  private String ok(JsonNode result) throws IOException {
    ObjectNode r = json.createObjectNode();
    r.put("ok", true);
    r.set("result", result);
    return json.writeValueAsString(r);
  }

  static String error(int code, String description) {
    return "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description.replace("\"", "'") + "\"}";
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      notifyAll();
    }
    heldChats.values().forEach(java.util.concurrent.CountDownLatch::countDown);
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
