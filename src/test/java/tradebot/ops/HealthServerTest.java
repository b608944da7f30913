package tradebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;

class HealthServerTest {

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(HealthServer server, String path) throws Exception {
    URI uri = URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aliveAtOnceReadyOnlyWhenEveryCheckPassesAndSaysWhichFails() throws Exception {
    Readiness readiness = new Readiness();
    try (Metrics metrics = Metrics.create();
        HealthServer server =
            HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), metrics, readiness)) {
      assertThat(get(server, "/healthz").statusCode()).isEqualTo(200);
      assertThat(get(server, "/readyz").statusCode()).as("nothing loaded yet").isEqualTo(503);
      AtomicBoolean database = new AtomicBoolean(false);
      readiness.add("data", () -> true);
      readiness.add("database", database::get);
      HttpResponse<String> notReady = get(server, "/readyz");
      assertThat(notReady.statusCode()).isEqualTo(503);
      assertThat(notReady.body()).contains("database").doesNotContain("data,");
      database.set(true);
      assertThat(get(server, "/readyz").statusCode()).isEqualTo(200);
      readiness.add("telegram", () -> {
        throw new IllegalStateException("boom");
      });
      assertThat(get(server, "/readyz").body()).contains("telegram");
      assertThat(get(server, "/nothing").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void metricsCountAnswersByOutcomeAndLanguageWithLatencyAndJvmFigures() throws Exception {
    Wiring wiring = new Wiring(Map.of(Wiring.HOME, dir.toString()));
    Wiring.RunningCore live = wiring.serverCore();
    Core core = live.core();
    core.chat().handle(new Incoming("telegram", "42", "What was Hunan's total foreign trade in 2025?", "en"));
    core.chat().handle(new Incoming("telegram", "42", "上海外贸多少？", "zh"));
    core.chat().handle(new Incoming("telegram", "42", "/help", "en")); // in the chat's last language
    try (HealthServer server =
        HealthServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), wiring.metrics(), new Readiness())) {
      HttpResponse<String> metrics = get(server, "/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(metrics.body())
          .contains("tradebot_answers_total{lang=\"en\",outcome=\"answer\",platform=\"telegram\"} 1.0")
          .contains("tradebot_answers_total{lang=\"zh-Hans\",outcome=\"decline\",platform=\"telegram\"} 1.0")
          .contains("tradebot_answers_total{lang=\"zh-Hans\",outcome=\"help\",platform=\"telegram\"} 1.0")
          .contains("tradebot_answer_latency_seconds_bucket{platform=\"telegram\",le=\"+Inf\"} 3")
          .contains("jvm_memory_used_bytes");
    } finally {
      live.close();
      wiring.metrics().close();
    }
  }

  @Test
  void theCommandLineCoreNeitherLogsNorCountsMessages() {
    Wiring wiring = new Wiring(Map.of(Wiring.HOME, dir.toString()));
    wiring.core().chat().handle(new Incoming("console", "local", "/help", "en"));
    assertThat(wiring.metrics().scrape()).doesNotContain("tradebot_answers_total");
  }
}
