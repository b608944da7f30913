package tradebot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;

/** The bot's own membership changed: a user blocked it or a group removed it; recorded, not answered. */
final class MembershipHandler implements UpdateHandler {

  private static final Logger log = LoggerFactory.getLogger(MembershipHandler.class);

  private final TelegramSender sender;

  MembershipHandler(TelegramSender sender) {
    this.sender = sender;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasMyChatMember();
  }

  @Override
  public void handle(Update update) {
    ChatMemberUpdated change = update.getMyChatMember();
    if (change.getChat() == null || change.getNewChatMember() == null) {
      return;
    }
    String status = change.getNewChatMember().getStatus();
    if ("kicked".equals(status) || "left".equals(status)) {
      String chatId = Long.toString(change.getChat().getId());
      sender.recordBlocked(chatId);
      log.info("removed from or blocked in chat {} ({})", chatId, status);
    }
  }
}
