package tradebot.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's endpoint on the JDK's HTTP server: {@code GET /healthz} (200 while the process
 * runs), {@code GET /readyz} (200 when every {@link Readiness} check passes, else 503 naming the
 * failing ones) and {@code GET /metrics} (Prometheus text format).
 */
public final class HealthServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(HealthServer.class);

  private final HttpServer server;
  private final ExecutorService executor;
  private final Metrics metrics;
  private final Readiness readiness;

  private HealthServer(HttpServer server, ExecutorService executor, Metrics metrics, Readiness readiness) {
    this.server = server;
    this.executor = executor;
    this.metrics = metrics;
    this.readiness = readiness;
  }

  /** Listens on {@code address} (port 0: any free port) and serves until closed. */
  public static HealthServer start(InetSocketAddress address, Metrics metrics, Readiness readiness) throws IOException {
    HttpServer http = HttpServer.create(address, 16);
    ExecutorService executor = Executors.newFixedThreadPool(2, DaemonThreads.named("health-http"));
    HealthServer health = new HealthServer(http, executor, metrics, readiness);
    http.createContext("/", health::handle);
    http.setExecutor(executor);
    http.start();
    log.info("health and metrics on http://{}:{}/ (healthz, readyz, metrics)",
        http.getAddress().getHostString(), http.getAddress().getPort());
    return health;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return;
      }
      switch (exchange.getRequestURI().getPath()) {
        case "/healthz" -> send(exchange, 200, "text/plain; charset=utf-8", "ok\n");
        case "/readyz" -> {
          List<String> failing = readiness.failing();
          if (failing.isEmpty()) {
            send(exchange, 200, "text/plain; charset=utf-8", "ready\n");
          } else {
            send(exchange, 503, "text/plain; charset=utf-8", "not ready: " + String.join(", ", failing) + "\n");
          }
        }
        case "/metrics" -> send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
        default -> send(exchange, 404, "text/plain; charset=utf-8", "not found\n");
      }
    } catch (IOException e) {
      log.debug("health request: connection failed: {}", e.getMessage());
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
  }
}
