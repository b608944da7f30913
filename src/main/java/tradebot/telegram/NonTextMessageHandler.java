package tradebot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Messages without text (stickers, photos, voice, service messages): in a private chat the user
 * gets help, since they are talking to the bot; in groups they are ignored.
 */
final class NonTextMessageHandler implements UpdateHandler {

  private final Replies replies;
  private final TelegramMessages own;
  private final ReplyDelivery delivery;

  NonTextMessageHandler(Replies replies, TelegramMessages own, ReplyDelivery delivery) {
    this.replies = replies;
    this.own = own;
    this.delivery = delivery;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasMessage() && !update.getMessage().hasText();
  }

  @Override
  public void handle(Update update) {
    Message message = update.getMessage();
    if (!message.isUserMessage()) {
      return;
    }
    String language = message.getFrom() == null ? null : message.getFrom().getLanguageCode();
    Reply help =
        replies.reply(new Incoming(TelegramBot.PLATFORM, Long.toString(message.getChatId()), "/help", language));
    Lang lang = help.lang();
    delivery.deliver(
        ChatTarget.of(message),
        Reply.message(Reply.Kind.HELP, lang, own.get(lang, "nonText") + "\n\n" + help.text()));
  }
}
