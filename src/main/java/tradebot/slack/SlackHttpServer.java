package tradebot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on the JDK's own server: Slack's POSTs to {@value SlackSettings#EVENTS_PATH} are parsed
 * by Bolt's {@link SlackRequestParser} and run through the app, whose middleware verifies the
 * signature and timestamp before any listener sees the request.
 */
final class SlackHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);

  /** Slack's payloads are a few kB; anything far larger is not from Slack. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final App app;
  private final SlackRequestParser parser;
  private final HttpServer server;
  private final ExecutorService executor;

  SlackHttpServer(App app, InetSocketAddress address, ExecutorService executor) throws IOException {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.executor = executor;
    this.server = HttpServer.create(address, 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0); // requests are acknowledged at once, so there is nothing to wait for
    executor.shutdown();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!SlackSettings.EVENTS_PATH.equals(exchange.getRequestURI().getPath())) {
        send(exchange, 404, "text/plain", "not found");
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain", "method not allowed");
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        send(exchange, 413, "text/plain", "payload too large");
        return;
      }
      Response response = run(exchange, new String(body, StandardCharsets.UTF_8));
      for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
        exchange.getResponseHeaders().put(h.getKey(), h.getValue());
      }
      send(exchange, response.getStatusCode(), response.getContentType(),
          response.getBody() == null ? "" : response.getBody());
    } catch (IOException e) {
      log.warn("Slack request: connection failed: {}", e.getMessage());
    }
  }

  private Response run(HttpExchange exchange, String body) {
    try {
      SlackRequestParser.HttpRequest raw =
          SlackRequestParser.HttpRequest.builder()
              .requestUri(exchange.getRequestURI().getPath())
              .queryString(query(exchange.getRequestURI().getRawQuery()))
              .requestBody(body)
              .headers(new RequestHeaders(exchange.getRequestHeaders()))
              .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
              .build();
      Request<?> request = parser.parse(raw);
      if (request == null) {
        return Response.builder().statusCode(400).body("unrecognised request").build();
      }
      return app.run(request);
    } catch (Exception e) {
      // Bolt and the parser throw on malformed payloads; Slack only needs to know it failed.
      log.error("Slack request failed", e);
      return Response.builder().statusCode(500).body("error").build();
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return q;
  }

  private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType == null ? "text/plain" : contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
