package tradebot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Hands each update to the first handler that takes it; updates no handler takes (edits, channel
 * posts, polls, reactions …) are ignored. The one error handler of the adapter: a failure is logged
 * with its stack trace (token masked) and the chat gets a short apology, never the trace.
 */
final class UpdateDispatcher {

  private static final Logger log = LoggerFactory.getLogger(UpdateDispatcher.class);

  private final List<UpdateHandler> handlers;
  private final ReplyDelivery delivery;
  private final Messages messages;
  private final TokenMask mask;

  UpdateDispatcher(List<UpdateHandler> handlers, ReplyDelivery delivery, Messages messages, TokenMask mask) {
    this.handlers = List.copyOf(handlers);
    this.delivery = delivery;
    this.messages = messages;
    this.mask = mask;
  }

  void dispatch(Update update) {
    try {
      for (UpdateHandler handler : handlers) {
        if (handler.canHandle(update)) {
          handler.handle(update);
          return;
        }
      }
      log.debug("update {} ignored", update.getUpdateId());
    } catch (DeliveryException e) {
      // The chat could not be reached or refused the message; an apology would fail the same way.
      log.warn("update {}: reply not delivered: {}", update.getUpdateId(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      log.error("update {} failed", update.getUpdateId(), mask.apply(e));
      apologize(update);
    }
  }

  /** A short note (slow down, busy) to the update's chat; a failure is logged, never thrown. */
  void deliverQuietly(Update update, ChatTarget target, Reply note) {
    try {
      delivery.deliver(target, note);
    } catch (RuntimeException e) {
      log.warn("update {}: note not delivered: {}", update.getUpdateId(), mask.apply(e.getMessage()));
    }
  }

  private void apologize(Update update) {
    try {
      ChatTarget.of(update)
          .ifPresent(
              target -> {
                Lang lang = Lang.fromLanguageCode(languageCode(update));
                delivery.deliver(target, Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, "error.apology")));
              });
    } catch (RuntimeException e) {
      log.warn("update {}: apology not delivered: {}", update.getUpdateId(), mask.apply(e.getMessage()));
    }
  }

  static String languageCode(Update update) {
    if (update.hasMessage() && update.getMessage().getFrom() != null) {
      return update.getMessage().getFrom().getLanguageCode();
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getFrom() != null) {
      return update.getCallbackQuery().getFrom().getLanguageCode();
    }
    return null;
  }
}
