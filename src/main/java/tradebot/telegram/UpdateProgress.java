package tradebot.telegram;

import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Which received updates are done, when they finish out of order (chats run in parallel): the
 * persisted offset may only move past an update once it and every update before it are handled.
 */
final class UpdateProgress {

  private final TreeSet<Long> pending = new TreeSet<>();
  private long received;
  private long reported;

  UpdateProgress(long handled) {
    this.received = handled;
    this.reported = handled;
  }

  synchronized void received(long id) {
    pending.add(id);
    received = Math.max(received, id);
  }

  /** Marks one update done; returns the new last id before which all are done, if it moved. */
  synchronized OptionalLong done(long id) {
    pending.remove(id);
    long upTo = pending.isEmpty() ? received : pending.first() - 1;
    if (upTo > reported) {
      reported = upTo;
      return OptionalLong.of(upTo);
    }
    return OptionalLong.empty();
  }
}
