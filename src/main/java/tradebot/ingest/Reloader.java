package tradebot.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.ops.Periodic;

/**
 * Keeps a value built from changing data current: polls a cheap version number every few seconds on
 * its own thread and, when it moved, builds the value anew off the request path and swaps it in
 * atomically. Readers never wait and never see a half-built value; a build or poll that fails leaves
 * the previous value in place (and is tried again at the next poll).
 */
public final class Reloader<T> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Reloader.class);

  private record Built<T>(long version, T value) {}

  private final LongSupplier version;
  private final Supplier<T> build;
  private final Duration every;
  private final AtomicReference<Built<T>> current;
  private Periodic timer;
  private String lastFailure;

  /**
   * @param initialVersion the version {@code initial} was built from; {@link Long#MIN_VALUE} when it
   *     is not known (then the first poll that reads a version rebuilds)
   */
  public Reloader(LongSupplier version, Supplier<T> build, T initial, long initialVersion, Duration every) {
    this.version = version;
    this.build = build;
    this.every = every;
    this.current = new AtomicReference<>(new Built<>(initialVersion, Objects.requireNonNull(initial, "initial")));
  }

  public T current() {
    return current.get().value();
  }

  /** Polls once: rebuilds and swaps if the version moved. True if a new value is in place. */
  public synchronized boolean reloadIfChanged() {
    try {
      long now = version.getAsLong();
      if (now == current.get().version()) {
        return false;
      }
      T value = build.get();
      current.set(new Built<>(now, Objects.requireNonNull(value, "built value")));
      lastFailure = null;
      log.info("knowledge reloaded (change {})", now);
      return true;
    } catch (RuntimeException e) {
      String failure = e.toString();
      if (!failure.equals(lastFailure)) { // once per distinct failure, not every few seconds
        log.warn("reload failed, answering from what was loaded before: {}", failure);
      }
      lastFailure = failure;
      return false;
    }
  }

  /** Starts polling on its own daemon thread. */
  public synchronized Reloader<T> start() {
    if (timer == null) {
      timer = Periodic.start("tradebot-reload", every, this::reloadIfChanged);
    }
    return this;
  }

  @Override
  public void close() {
    Periodic t;
    synchronized (this) {
      t = timer;
      timer = null;
    }
    if (t != null) {
      t.close();
    }
  }
}
