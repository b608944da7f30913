package tradebot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import tradebot.ops.ChatQueues;
import tradebot.ops.ChatQueues.Admission;
import tradebot.ops.LoadMessages;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Where every update goes, from long polling or the webhook: into its chat's queue (so each chat
 * is answered in order and no chat waits behind another's backlog), through flood control. What
 * the bot would answer counts against the chat's flood limit; the rest (group chatter it ignores,
 * membership changes) runs in order without counting. Over the limit the chat gets one "slow down"
 * note; beyond the queue, a "busy" note. {@code done} runs once per update however it ended.
 */
final class UpdateIntake {

  private final UpdateDispatcher dispatcher;
  private final Addressing addressing;
  private final ChatQueues queues;
  private final LoadMessages notes;

  UpdateIntake(UpdateDispatcher dispatcher, Addressing addressing, ChatQueues queues, LoadMessages notes) {
    this.dispatcher = dispatcher;
    this.addressing = addressing;
    this.queues = queues;
    this.notes = notes;
  }

  void accept(Update update, Runnable done) {
    Optional<ChatTarget> target = ChatTarget.of(update);
    String chat = target.map(ChatTarget::chatId).orElse("update " + update.getUpdateId());
    Runnable task = () -> {
      try {
        dispatcher.dispatch(update);
      } finally {
        done.run();
      }
    };
    Optional<String> asked = asked(update);
    if (asked.isEmpty() || target.isEmpty()) {
      queues.submitUncounted(chat, task);
      return;
    }
    Admission admission = queues.submit(chat, asked.get(), task);
    if (admission == Admission.QUEUED || admission == Admission.CLOSED) {
      return;
    }
    done.run();
    Lang lang = Lang.fromLanguageCode(UpdateDispatcher.languageCode(update));
    String note = notes.noteFor(admission, lang);
    if (note != null) {
      queues.note(() -> dispatcher.deliverQuietly(update, target.get(), Reply.message(Reply.Kind.DECLINE, lang, note)));
    }
  }

  /** What the update asks the bot, when it is something the bot answers (and so costs an answer). */
  private Optional<String> asked(Update update) {
    if (update.hasCallbackQuery()) {
      return Optional.of("\u0000callback " + update.getCallbackQuery().getData());
    }
    if (!update.hasMessage()) {
      return Optional.empty();
    }
    Message message = update.getMessage();
    if (message.hasText()) {
      return addressing.questionIn(message);
    }
    return message.isUserMessage() ? Optional.of("\u0000non-text") : Optional.empty();
  }
}
