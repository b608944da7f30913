package tradebot.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Which updates of a batch are done, when they finish out of order (chats run in parallel): the
 * offset may only move past an update once it and every update before it are handled.
 */
final class BatchProgress {

  private final List<Long> ids;
  private final Set<Long> done = new HashSet<>();
  private int next;

  /** @param ids the batch's update ids, ascending */
  BatchProgress(List<Long> ids) {
    this.ids = List.copyOf(ids);
  }

  /** Marks one update done; returns the new last id before which all are done, if it moved. */
  synchronized OptionalLong done(long id) {
    done.add(id);
    int before = next;
    while (next < ids.size() && done.contains(ids.get(next))) {
      next++;
    }
    return next > before ? OptionalLong.of(ids.get(next - 1)) : OptionalLong.empty();
  }
}
