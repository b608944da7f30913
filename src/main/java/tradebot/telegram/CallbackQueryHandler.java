package tradebot.telegram;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * A tapped option: the chosen fact is sent to the chat. Every callback is answered with
 * answerCallbackQuery first (else the button keeps spinning), with a note when the option is gone.
 */
final class CallbackQueryHandler implements UpdateHandler {

  private static final Logger log = LoggerFactory.getLogger(CallbackQueryHandler.class);

  private final Replies replies;
  private final TelegramMessages own;
  private final TelegramSender sender;
  private final ReplyDelivery delivery;

  CallbackQueryHandler(Replies replies, TelegramMessages own, TelegramSender sender, ReplyDelivery delivery) {
    this.replies = replies;
    this.own = own;
    this.sender = sender;
    this.delivery = delivery;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasCallbackQuery();
  }

  @Override
  public void handle(Update update) {
    CallbackQuery query = update.getCallbackQuery();
    Optional<CallbackData> data = CallbackData.decode(query.getData());
    Optional<Reply> fact = data.flatMap(d -> query.getMessage() == null
        ? replies.fact(d.indicatorId(), d.lang())
        : replies.choose(conversation(query), d.indicatorId(), d.lang()));
    AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer =
        AnswerCallbackQuery.builder().callbackQueryId(query.getId());
    if (fact.isEmpty() || query.getMessage() == null) {
      Lang lang =
          data.map(CallbackData::lang)
              .orElse(Lang.fromLanguageCode(query.getFrom() == null ? null : query.getFrom().getLanguageCode()));
      answer.text(own.get(lang, "callback.expired"));
    }
    try {
      sender.call(answer.build());
    } catch (DeliveryException e) {
      // Too late to answer (Telegram gives callbacks seconds): still send the fact that was asked for.
      log.warn("answerCallbackQuery failed: {}", e.getMessage());
    }
    if (fact.isPresent() && query.getMessage() != null) {
      delivery.deliver(ChatTarget.of(query.getMessage()), fact.get());
    }
  }

  /** The conversation the tapped question back belongs to: the chat, or the person in a group. */
  private static String conversation(CallbackQuery query) {
    var message = query.getMessage();
    boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
    String person = group && query.getFrom() != null ? Long.toString(query.getFrom().getId()) : "";
    return tradebot.chat.Incoming.conversation(TelegramBot.PLATFORM, Long.toString(message.getChatId()), person);
  }
}
