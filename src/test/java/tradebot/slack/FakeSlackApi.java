package tradebot.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Slack Web API and response_url endpoints as the bot sees them, served on 127.0.0.1 inside
 * the test: auth.test, chat.postMessage (with scripted failures) and /respond/{id}. Every call is
 * recorded for the test to await.
 */
final class FakeSlackApi implements AutoCloseable {

  static final String TEAM = "T0TEST";
  static final String BOT_USER = "U0BOT";
  static final String BOT_ID = "B0BOT";

  /** One request the bot made. {@code form} holds decoded form fields (Web API calls). */
  record Call(String path, Map<String, String> headers, String body, Map<String, String> form) {}

  /** A scripted answer for the next chat.postMessage call. */
  record Scripted(int status, Map<String, String> headers, String body) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final BlockingQueue<Call> posts = new LinkedBlockingQueue<>();
  private final BlockingQueue<Call> responses = new LinkedBlockingQueue<>();
  private final Deque<Scripted> postScript = new ArrayDeque<>();
  private volatile CountDownLatch respondGate = new CountDownLatch(0);
  private final Deque<Integer> respondScript = new ArrayDeque<>();
  private final Map<String, CountDownLatch> heldChannels = new java.util.concurrent.ConcurrentHashMap<>();
  private volatile String socketModeUrl;
  final BlockingQueue<Call> connectionOpens = new LinkedBlockingQueue<>();
  /** views.publish calls (the App Home). */
  final BlockingQueue<Call> viewsPublished = new LinkedBlockingQueue<>();
  /** Channels users.conversations reports for every user. */
  private volatile List<String> userChannels = List.of();

  FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  String apiUrl() {
    return base() + "/api/";
  }

  String responseUrl(String id) {
    return base() + "/respond/" + id;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** What apps.connections.open hands out: the fake Socket Mode server. */
  void socketModeUrl(String url) {
    socketModeUrl = url;
  }

  /** The next chat.postMessage answers like this instead of succeeding. */
  synchronized void scriptPost(int status, Map<String, String> headers, String body) {
    postScript.add(new Scripted(status, headers, body));
  }

  /** Not an HTTP status: the connection is closed without an answer (the client sees an I/O error). */
  static final int DROP = -1;

  /** The next chat.postMessage loses its connection before Slack handles it. */
  /** The channels every user is in, as users.conversations will say. */
  void userChannels(List<String> channels) {
    userChannels = List.copyOf(channels);
  }

  Call nextViewPublished() throws InterruptedException {
    return await(viewsPublished, "views.publish");
  }

  void dropNextPost() {
    scriptPost(DROP, Map.of(), "");
  }

  /** The next response_url call answers with this status ({@link #DROP}: no answer at all). */
  synchronized void scriptRespond(int status) {
    respondScript.add(status);
  }

  /** chat.postMessage to {@code channel} is held unanswered until the latch is counted down (a slow Web API). */
  CountDownLatch holdPostsTo(String channel) {
    CountDownLatch gate = new CountDownLatch(1);
    heldChannels.put(channel, gate);
    return gate;
  }

  /** response_url calls wait until {@link #openRespondGate()}; shows the ack does not wait. */
  void closeRespondGate() {
    respondGate = new CountDownLatch(1);
  }

  void openRespondGate() {
    respondGate.countDown();
  }

  Call nextPost() throws InterruptedException {
    return await(posts, "chat.postMessage");
  }

  Call nextResponse() throws InterruptedException {
    return await(responses, "a response_url call");
  }

  /** The next response_url call, or null if none comes within {@code millis}. */
  Call pollResponse(long millis) throws InterruptedException {
    return responses.poll(millis, TimeUnit.MILLISECONDS);
  }

  boolean noMorePosts() {
    return posts.isEmpty();
  }

  boolean noMoreResponses() {
    return responses.isEmpty();
  }

  private static Call await(BlockingQueue<Call> queue, String what) throws InterruptedException {
    Call call = queue.poll(20, TimeUnit.SECONDS);
    if (call == null) {
      throw new AssertionError("no " + what + " within 20 s");
    }
    return call;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new LinkedHashMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(",", v)));
      String path = ex.getRequestURI().getPath();
      Call call = new Call(path, headers, body, form(body));
      if (path.startsWith("/respond/")) {
        try {
          respondGate.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        Integer status;
        synchronized (this) {
          status = respondScript.poll();
        }
        responses.add(call);
        if (status != null && status == DROP) {
          throw new IOException("connection dropped by the test");
        }
        send(ex, status == null ? 200 : status, Map.of(), status == null ? "ok" : "error");
      } else if (path.equals("/api/auth.test")) {
        send(ex, 200, Map.of(), "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\","
            + "\"user\":\"tradebot\",\"team_id\":\"" + TEAM + "\",\"user_id\":\"" + BOT_USER
            + "\",\"bot_id\":\"" + BOT_ID + "\"}");
      } else if (path.equals("/api/apps.connections.open") && socketModeUrl != null) {
        connectionOpens.add(call);
        send(ex, 200, Map.of(), "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
      } else if (path.equals("/api/views.publish")) {
        viewsPublished.add(call);
        send(ex, 200, Map.of(), "{\"ok\":true,\"view\":{\"id\":\"V0HOME\",\"type\":\"home\"}}");
      } else if (path.equals("/api/users.conversations")) {
        String channels = userChannels.stream()
            .map(c -> "{\"id\":\"" + c + "\",\"name\":\"" + c.toLowerCase() + "\"}")
            .collect(java.util.stream.Collectors.joining(","));
        send(ex, 200, Map.of(), "{\"ok\":true,\"channels\":[" + channels + "]}");
      } else if (path.equals("/api/chat.postMessage")) {
        Scripted scripted;
        synchronized (this) {
          scripted = postScript.poll();
        }
        CountDownLatch hold = heldChannels.get(String.valueOf(call.form().get("channel")));
        if (hold != null) {
          try {
            hold.await(20, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        posts.add(call);
        if (scripted != null && scripted.status() == DROP) {
          throw new IOException("connection dropped by the test");
        }
        if (scripted != null) {
          send(ex, scripted.status(), scripted.headers(), scripted.body());
        } else {
          send(ex, 200, Map.of(), "{\"ok\":true,\"channel\":\"" + call.form().get("channel")
              + "\",\"ts\":\"1700000001.000200\"}");
        }
      } else {
        send(ex, 200, Map.of(), "{\"ok\":false,\"error\":\"unknown_method\"}");
      }
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.startsWith("{")) {
      return form;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private static void send(HttpExchange ex, int status, Map<String, String> headers, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    ex.getResponseHeaders().set("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    openRespondGate();
    heldChannels.values().forEach(CountDownLatch::countDown);
    server.stop(0);
    executor.shutdownNow();
  }
}
