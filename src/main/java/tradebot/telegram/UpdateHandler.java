package tradebot.telegram;

import org.telegram.telegrambots.meta.api.objects.Update;

/** One kind of update and what to do with it; the dispatcher asks each in order. */
interface UpdateHandler {

  boolean canHandle(Update update);

  void handle(Update update);
}
