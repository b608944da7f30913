package tradebot.telegram;

/**
 * The claim that makes an update answered once across instances: the first to claim an
 * update_id answers it; a redelivery (to this or another instance) finds it claimed.
 */
@FunctionalInterface
public interface UpdateClaims {

  /** Every update is new: for one process with nothing shared. */
  UpdateClaims NONE = updateId -> true;

  /** True for the first claim of {@code updateId}; throws when the claim cannot be recorded. */
  boolean claim(long updateId);
}
