package tradebot.subscribe;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
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

  /** How long {@link #close()} lets a pass finish the post in hand before interrupting it. */
  private static final Duration STOP_WAIT = Duration.ofSeconds(5);

  private final DeliveryPass pass;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Duration period;
  private final boolean ownsExecutor;
  private ScheduledFuture<?> task;
  private volatile boolean stopping;

  public DailyPoster(DeliveryPass pass, Clock clock, ScheduledExecutorService executor, Duration period) {
    this(pass, clock, executor, period, false);
  }

  private DailyPoster(
      DeliveryPass pass, Clock clock, ScheduledExecutorService executor, Duration period, boolean ownsExecutor) {
    this.pass = pass;
    this.clock = clock;
    this.executor = executor;
    this.period = period;
    this.ownsExecutor = ownsExecutor;
  }

  /** A poster on its own daemon thread ("daily-posts"), which {@link #close()} ends. */
  public static DailyPoster onOwnThread(DeliveryPass pass, Clock clock, Duration period) {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "daily-posts");
              t.setDaemon(true);
              return t;
            });
    return new DailyPoster(pass, clock, executor, period, true);
  }

  public synchronized void start() {
    if (task == null) {
      task = executor.scheduleWithFixedDelay(this::runOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * One extra pass as soon as the executor is free, e.g. right after a subscription was made, so
   * a post already due today need not wait for the next period. Ignored once closed.
   */
  public synchronized void runSoon() {
    if (task != null && !stopping) {
      executor.execute(this::runOnce);
    }
  }

  /** One pass now; failures are logged, never thrown, so the schedule keeps running. */
  void runOnce() {
    try {
      int n = pass.run(clock.instant(), () -> stopping).size();
      if (n > 0) {
        log.info("sent {} daily posts", n);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.error("delivery pass failed; next try in {}", period, e);
    }
  }

  /**
   * Stops posting: a pass under way finishes the post in hand (so a post the platform accepted is
   * also marked sent) and leaves the rest for the next pass; only a pass that takes longer than a
   * few seconds to get there (a long rate-limit wait) is interrupted, which hands its claim back.
   */
  @Override
  public synchronized void close() {
    stopping = true;
    if (task != null) {
      task.cancel(false);
      task = null;
    }
    if (ownsExecutor) {
      executor.shutdown();
      try {
        if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
          executor.shutdownNow();
          if (!executor.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("a delivery pass did not stop; its claim is retried when its lease runs out");
          }
        }
      } catch (InterruptedException e) {
        executor.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }
}
