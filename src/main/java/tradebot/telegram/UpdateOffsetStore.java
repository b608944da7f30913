package tradebot.telegram;

/**
 * Where the id of the last handled update survives a restart, so the bot neither answers an update
 * twice nor skips one. The subscriptions database can implement this as well as a file does.
 */
public interface UpdateOffsetStore {

  /** The last handled update_id, or 0 when none was ever handled. */
  long load();

  void save(long lastHandledUpdateId);
}
