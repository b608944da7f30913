package tradebot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import tradebot.ops.DaemonThreads;
import tradebot.ops.Metrics;

/**
 * Webhook mode on the JDK's HTTP server: Telegram POSTs each update to {@value TelegramWebhook#PATH}.
 * A request without the right X-Telegram-Bot-Api-Secret-Token is refused (401 without, 403 with a
 * wrong one) before its body is read; nothing of a body is ever logged. An update is claimed in
 * the shared database, handed to the {@link UpdateIntake} and acknowledged with 200 at once; the
 * answer follows. A redelivered update (already claimed here or by another instance) gets 200 and
 * nothing else; when the claim cannot be recorded (database down) the answer is 503, so Telegram
 * delivers it again later.
 */
final class WebhookServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);

  static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

  /** Updates are a few kB; anything far larger is not from Telegram. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] secret;
  private final UpdateClaims claims;
  private final UpdateIntake intake;
  private final Metrics metrics;
  private final ObjectMapper json = new ObjectMapper();

  WebhookServer(InetSocketAddress listen, String secret, UpdateClaims claims, UpdateIntake intake, Metrics metrics)
      throws IOException {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.claims = claims;
    this.intake = intake;
    this.metrics = metrics;
    this.server = HttpServer.create(listen, 256);
    this.executor = Executors.newFixedThreadPool(8, DaemonThreads.named("telegram-webhook"));
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  void start() {
    server.start();
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!TelegramWebhook.PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404);
        return;
      }
      if (!"POST".equals(exchange.getRequestMethod())) {
        respond(exchange, 405);
        return;
      }
      String given = exchange.getRequestHeaders().getFirst(SECRET_HEADER);
      if (given == null) {
        log.warn("webhook request from {} without the secret header: refused", exchange.getRemoteAddress());
        respond(exchange, 401);
        return;
      }
      if (!MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
        log.warn("webhook request from {} with a wrong secret: refused", exchange.getRemoteAddress());
        respond(exchange, 403);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        respond(exchange, 413);
        return;
      }
      respond(exchange, take(body));
    } catch (IOException e) {
      log.warn("webhook request: connection failed: {}", e.getMessage());
    }
  }

  /** The status for one update's body. */
  private int take(byte[] body) {
    Update update;
    try {
      update = json.readValue(body, Update.class);
    } catch (IOException e) {
      log.warn("webhook request: not an update ({} bytes)", body.length);
      return 400;
    }
    if (update.getUpdateId() == null) {
      log.warn("webhook request: an update without update_id");
      return 400;
    }
    boolean first;
    try {
      first = claims.claim(update.getUpdateId());
    } catch (RuntimeException e) {
      log.error("update {}: could not be claimed, Telegram will deliver it again: {}", update.getUpdateId(), e.toString());
      return 503;
    }
    if (!first) {
      metrics.duplicate(TelegramBot.PLATFORM);
      log.info("update {} already claimed; not answered again", update.getUpdateId());
      return 200;
    }
    intake.accept(update, () -> {});
    return 200;
  }

  private static void respond(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
  }
}
