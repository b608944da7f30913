package tradebot.telegram;

import java.time.Duration;

/** Waiting, passed in so tests of retries can record waits instead of sleeping through them. */
@FunctionalInterface
interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  static Sleeper real() {
    return d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));
  }
}
