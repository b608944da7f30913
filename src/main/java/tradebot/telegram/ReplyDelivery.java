package tradebot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import tradebot.reply.Reply;

/** Renders a reply and sends its messages in order to one chat, buttons under the last one. */
final class ReplyDelivery {

  private final TelegramRenderer renderer;
  private final TelegramSender sender;

  ReplyDelivery(TelegramRenderer renderer, TelegramSender sender) {
    this.renderer = renderer;
    this.sender = sender;
  }

  void deliver(ChatTarget target, Reply reply) {
    List<OutgoingMessage> parts = renderer.render(reply);
    for (int i = 0; i < parts.size(); i++) {
      OutgoingMessage part = parts.get(i);
      SendMessage.SendMessageBuilder<?, ?> send =
          SendMessage.builder()
              .chatId(target.chatId())
              .text(part.html())
              .parseMode("HTML")
              .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
      if (target.threadId() != null) {
        send.messageThreadId(target.threadId());
      }
      if (i == 0 && target.replyTo() != null) {
        send.replyParameters(
            ReplyParameters.builder().messageId(target.replyTo()).allowSendingWithoutReply(true).build());
      }
      if (!part.buttons().isEmpty()) {
        send.replyMarkup(keyboard(part.buttons()));
      }
      sender.send(target.chatId(), target.group(), send.build());
    }
  }

  static InlineKeyboardMarkup keyboard(List<Button> buttons) {
    List<InlineKeyboardRow> rows =
        buttons.stream()
            .map(
                b ->
                    new InlineKeyboardRow(
                        b.url() != null
                            ? InlineKeyboardButton.builder().text(b.text()).url(b.url()).build()
                            : InlineKeyboardButton.builder().text(b.text()).callbackData(b.callbackData()).build()))
            .toList();
    return new InlineKeyboardMarkup(rows);
  }
}
