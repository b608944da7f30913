package tradebot.slack;

import java.time.Duration;

/** Waits between attempts; tests pass one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper real() {
    return d -> Thread.sleep(d.toMillis());
  }
}
