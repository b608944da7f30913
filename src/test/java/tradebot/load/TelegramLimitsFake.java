package tradebot.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Bot API (getMe, sendMessage) that enforces Telegram's limits as its FAQ states them:
 * more than 30 messages in any second, or a second message to one chat within a second, is
 * refused with 429 and {@code retry_after}. Counts what it accepted per chat and what it refused.
 */
final class TelegramLimitsFake implements AutoCloseable {

  static final String TOKEN = "123456789:AAHloadTestFakeToken_0123456789abcdefgh";
  private static final long SECOND = 1_000_000_000L;
  private static final int OVERALL_PER_SECOND = 30;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  private final Deque<Long> lastSecond = new ArrayDeque<>();
  private final Map<String, Long> lastToChat = new HashMap<>();
  private final Map<String, Integer> acceptedPerChat = new HashMap<>();
  private final List<Long> acceptedAt = new ArrayList<>();
  private final Map<String, List<Long>> timesPerChat = new java.util.HashMap<>();
  private final AtomicLong refusedOverall = new AtomicLong();
  private final AtomicLong refusedPerChat = new AtomicLong();
  private long messageId = 1;

  TelegramLimitsFake() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized Map<String, Integer> acceptedPerChat() {
    return new HashMap<>(acceptedPerChat);
  }

  /** When each message was accepted, per chat (nanoTime), in order. */
  synchronized Map<String, List<Long>> acceptedAtPerChat() {
    Map<String, List<Long>> copy = new java.util.HashMap<>();
    timesPerChat.forEach((chat, times) -> copy.put(chat, new ArrayList<>(times)));
    return copy;
  }

  synchronized List<Long> acceptedAt() {
    return new ArrayList<>(acceptedAt);
  }

  long refusedOverall() {
    return refusedOverall.get();
  }

  long refusedPerChat() {
    return refusedPerChat.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      byte[] raw = ex.getRequestBody().readAllBytes();
      String path = ex.getRequestURI().getPath();
      String prefix = "/bot" + TOKEN + "/";
      if (!path.startsWith(prefix)) {
        respond(ex, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        return;
      }
      String method = path.substring(prefix.length()).toLowerCase(Locale.ROOT);
      switch (method) {
        case "getme" -> respond(ex, 200, "{\"ok\":true,\"result\":{\"id\":123456789,\"is_bot\":true,"
            + "\"first_name\":\"Trade Facts\",\"username\":\"TradeFactsBot\"}}");
        case "sendmessage" -> sendMessage(ex, json.readTree(raw));
        default -> respond(ex, 200, "{\"ok\":true,\"result\":true}");
      }
    }
  }

  private void sendMessage(HttpExchange ex, JsonNode body) throws IOException {
    String chat = body.path("chat_id").asText();
    long now = System.nanoTime();
    long id;
    synchronized (this) {
      while (!lastSecond.isEmpty() && now - lastSecond.peekFirst() >= SECOND) {
        lastSecond.pollFirst();
      }
      Long previous = lastToChat.get(chat);
      if (previous != null && now - previous < SECOND) {
        refusedPerChat.incrementAndGet();
        tooMany(ex);
        return;
      }
      if (lastSecond.size() >= OVERALL_PER_SECOND) {
        refusedOverall.incrementAndGet();
        tooMany(ex);
        return;
      }
      lastSecond.addLast(now);
      lastToChat.put(chat, now);
      acceptedPerChat.merge(chat, 1, Integer::sum);
      acceptedAt.add(now);
      timesPerChat.computeIfAbsent(chat, c -> new ArrayList<>()).add(now);
      id = messageId++;
    }
    respond(ex, 200, "{\"ok\":true,\"result\":{\"message_id\":" + id + ",\"date\":" + System.currentTimeMillis() / 1000
        + ",\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"ok\"}}");
  }

  private static void tooMany(HttpExchange ex) throws IOException {
    respond(ex, 429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
        + "\"parameters\":{\"retry_after\":1}}");
  }

  private static void respond(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
