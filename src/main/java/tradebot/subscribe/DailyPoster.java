package tradebot.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link DeliveryPass} at start-up (which sends today's posts missed while the bot was
 * down) and then every {@code period}, on the executor it is given.
 */
public final class DailyPoster implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DailyPoster.class);

  private final DeliveryPass pass;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Duration period;
  private ScheduledFuture<?> task;

  public DailyPoster(DeliveryPass pass, Clock clock, ScheduledExecutorService executor, Duration period) {
    this.pass = pass;
    this.clock = clock;
    this.executor = executor;
    this.period = period;
  }

  public synchronized void start() {
    if (task == null) {
      task = executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** One pass now; failures are logged, never thrown, so the schedule keeps running. */
  void runOnce() {
    try {
      int n = pass.run(clock.instant()).size();
      if (n > 0) {
        log.info("sent {} daily posts", n);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("delivery pass failed; next try in {}", period, e);
    }
  }

  @Override
  public synchronized void close() {
    if (task != null) {
      task.cancel(true);
      task = null;
    }
  }
}
