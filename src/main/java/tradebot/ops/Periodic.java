package tradebot.ops;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A chore run every so often on its own daemon thread (e.g. removing old claims) until closed. */
public final class Periodic implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Periodic.class);

  private final ScheduledExecutorService executor;

  private Periodic(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Runs {@code chore} now and then every {@code period}; a failure is logged and the next run still happens. */
  public static Periodic start(String name, Duration period, Runnable chore) {
    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
    executor.scheduleWithFixedDelay(
        () -> {
          try {
            chore.run();
          } catch (RuntimeException e) {
            log.warn("{} failed, next try in {}: {}", name, period, e.toString());
          }
        },
        0, period.toMillis(), TimeUnit.MILLISECONDS);
    return new Periodic(executor);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
