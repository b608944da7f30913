package tradebot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * The service message a group gets when it is upgraded to a supergroup: the chat's id changes, so
 * its subscriptions move to the new id (and keep posting there). Nothing is answered.
 */
final class MigrationHandler implements UpdateHandler {

  private static final Logger log = LoggerFactory.getLogger(MigrationHandler.class);

  private final ChatMigrations migrations;

  MigrationHandler(ChatMigrations migrations) {
    this.migrations = migrations;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasMessage() && update.getMessage().getMigrateToChatId() != null;
  }

  @Override
  public void handle(Update update) {
    Message message = update.getMessage();
    String from = Long.toString(message.getChatId());
    String to = Long.toString(message.getMigrateToChatId());
    log.info("chat {} became supergroup {}; its subscriptions move with it", from, to);
    migrations.migrated(from, to);
  }
}
