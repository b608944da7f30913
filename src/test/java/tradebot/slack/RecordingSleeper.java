package tradebot.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits asked for instead of sleeping, so retry tests take no time. */
final class RecordingSleeper implements Sleeper {

  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }
}
