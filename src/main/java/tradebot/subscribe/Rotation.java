package tradebot.subscribe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The order in which a subscription sees its facts: each round is every matching fact once, in an
 * order shuffled from the subscription id and round number alone. {@link Random} and
 * {@link Collections#shuffle} are specified algorithms, so a restart (or another instance)
 * computes the same order; what was already shown is read back from the delivery rows.
 */
final class Rotation {

  private Rotation() {}

  /** The fact to show next and the round it belongs to. */
  record Pick(String factId, int round) {}

  static List<String> order(long subscriptionId, int round, Collection<String> factIds) {
    List<String> order = new ArrayList<>(factIds);
    Collections.sort(order);
    Collections.shuffle(order, new Random(subscriptionId * 1_000_003L + round));
    return order;
  }

  /**
   * Next fact after {@code shownThisRound} were shown in {@code round}; when all were shown, the
   * first of a new round (not the one just shown, so a round boundary never repeats a fact).
   */
  static Optional<Pick> next(
      long subscriptionId,
      int round,
      Set<String> shownThisRound,
      String lastShown,
      Collection<String> factIds) {
    if (factIds.isEmpty()) {
      return Optional.empty();
    }
    for (String id : order(subscriptionId, round, factIds)) {
      if (!shownThisRound.contains(id)) {
        return Optional.of(new Pick(id, round));
      }
    }
    List<String> fresh = order(subscriptionId, round + 1, factIds);
    String first = fresh.get(0).equals(lastShown) && fresh.size() > 1 ? fresh.get(1) : fresh.get(0);
    return Optional.of(new Pick(first, round + 1));
  }
}
