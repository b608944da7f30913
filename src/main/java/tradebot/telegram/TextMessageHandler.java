package tradebot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import tradebot.chat.Incoming;

/** Text messages addressed to the bot: handed to the core as they are, the reply sent back. */
final class TextMessageHandler implements UpdateHandler {

  private final Addressing addressing;
  private final Replies replies;
  private final ReplyDelivery delivery;

  TextMessageHandler(Addressing addressing, Replies replies, ReplyDelivery delivery) {
    this.addressing = addressing;
    this.replies = replies;
    this.delivery = delivery;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasMessage() && update.getMessage().hasText();
  }

  @Override
  public void handle(Update update) {
    Message message = update.getMessage();
    addressing
        .questionIn(message)
        .ifPresent(
            text -> {
              String language = message.getFrom() == null ? null : message.getFrom().getLanguageCode();
              Incoming incoming =
                  new Incoming(
                      TelegramBot.PLATFORM, Long.toString(message.getChatId()), text, language, person(message));
              delivery.deliver(ChatTarget.of(message), replies.reply(incoming));
            });
  }

  /** In a group each person has their own conversation with the bot; a private chat is one already. */
  static String person(Message message) {
    boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
    return group && message.getFrom() != null ? Long.toString(message.getFrom().getId()) : "";
  }
}
