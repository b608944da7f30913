package tradebot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The bot's metrics, in one Prometheus registry that {@code GET /metrics} scrapes. The adapters
 * report through the few methods here; docs/operations.md says what each metric means.
 */
public final class Metrics implements AutoCloseable {

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc;

  private Metrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
    new ClassLoaderMetrics().bindTo(registry);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    this.gc = new JvmGcMetrics();
    gc.bindTo(registry);
  }

  /** A fresh registry with the JVM's metrics bound. */
  public static Metrics create() {
    return new Metrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** The registry, for code that registers its own meters. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Everything, in the Prometheus text format. */
  public String scrape() {
    return registry.scrape();
  }

  /** A message handled: outcome (answer, clarify, decline, help …), reply language and how long it took. */
  public void answered(String platform, String outcome, String lang, Duration took) {
    Counter.builder("tradebot.answers")
        .description("Messages handled, by outcome (answer, clarify = asked back, decline, help, topics, greeting) and language")
        .tag("platform", platform)
        .tag("outcome", outcome.toLowerCase(Locale.ROOT))
        .tag("lang", lang)
        .register(registry)
        .increment();
    Timer.builder("tradebot.answer.latency")
        .description("Time to compute a reply (not to send it)")
        .tag("platform", platform)
        .serviceLevelObjectives(
            Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
        .register(registry)
        .record(took);
  }

  /** One call to a platform's API: the method and its HTTP status (0: no answer, e.g. a timeout). */
  public void apiCall(String platform, String method, int status) {
    Counter.builder("tradebot.platform.calls")
        .description("Calls to a platform API, by method and HTTP status (0 = no response)")
        .tag("platform", platform)
        .tag("method", method)
        .tag("status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  /** An update or event that was already claimed (here or by another instance) and not answered again. */
  public void duplicate(String platform) {
    Counter.builder("tradebot.duplicates")
        .description("Updates or events delivered again and not answered again")
        .tag("platform", platform)
        .register(registry)
        .increment();
  }

  /** A daily post: {@code sent}, {@code failed} (given up) or {@code retry} (handed back for later). */
  public void post(String platform, String result) {
    Counter.builder("tradebot.posts")
        .description("Daily fact posts by result")
        .tag("platform", platform)
        .tag("result", result)
        .register(registry)
        .increment();
  }

  /** A message refused or cut short by flood control: {@code busy} (queue full), {@code flood}, {@code repeat}. */
  public void shed(String platform, String reason) {
    Counter.builder("tradebot.shed")
        .description("Messages not answered in full because of load: busy, flood, repeat")
        .tag("platform", platform)
        .tag("reason", reason)
        .register(registry)
        .increment();
  }

  /** A gauge read at every scrape, e.g. a queue's depth or the store's size. */
  public void gauge(String name, String description, String platform, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).tag("platform", platform).strongReference(true).register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
