package tradebot.subscribe;

import java.time.Duration;

/** Waits; the real one sleeps, tests advance a fake clock instead. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper system() {
    return d -> {
      if (!d.isZero() && !d.isNegative()) {
        Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
      }
    };
  }
}
