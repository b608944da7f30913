package tradebot.telegram;

/**
 * Told when a group became a supergroup (Telegram's migrate_to_chat_id) so what belongs to the old
 * chat id, its daily-post subscriptions, moves to the new one.
 */
@FunctionalInterface
public interface ChatMigrations {

  ChatMigrations NONE = (from, to) -> {};

  void migrated(String fromChatId, String toChatId);
}
