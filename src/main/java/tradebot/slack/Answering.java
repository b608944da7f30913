package tradebot.slack;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.ops.ChatQueues;
import tradebot.ops.LoadMessages;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Answers off the request thread, so Slack gets its acknowledgement at once whatever the answer
 * costs, and is the adapter's one error edge: a failure while answering is logged with its stack
 * trace and the user gets a short apology; a failure while delivering is logged.
 */
final class Answering {

  private static final Logger log = LoggerFactory.getLogger(Answering.class);

  /** Where one answer goes: a thread, a DM, a response_url. */
  @FunctionalInterface
  interface Delivery {
    void send(SlackMessage message) throws SlackDeliveryException, InterruptedException;
  }

  private final SlackRenderer renderer;
  private final ChatQueues queues;
  private final LoadMessages notes;

  Answering(SlackRenderer renderer, ChatQueues queues, LoadMessages notes) {
    this.renderer = renderer;
    this.queues = queues;
    this.notes = notes;
  }

  /**
   * Computes the reply to a message of {@code chat} and delivers it, later: in the chat's order,
   * through flood control ({@code text} spots repeats). A message turned away for load gets a short
   * note instead, when one is due. {@code lang} is the language for an apology or a note.
   */
  void later(String chat, String text, String what, Lang lang, Supplier<Reply> answer, Delivery delivery) {
    ChatQueues.Admission admission = queues.submit(chat, text, () -> now(what, lang, answer, delivery));
    if (admission != ChatQueues.Admission.QUEUED) {
      log.info("Not answering {}: {}", what, admission.name().toLowerCase(java.util.Locale.ROOT));
      String note = notes.noteFor(admission, lang);
      if (note != null) {
        queues.note(() -> now(what, lang, () -> Reply.message(Reply.Kind.DECLINE, lang, note), delivery));
      }
    }
  }

  /** As above for what is not a message (a button click): answered in parallel, without flood control. */
  void later(String what, Lang lang, Supplier<Reply> answer, Delivery delivery) {
    queues.submitUncounted(what, () -> now(what, lang, answer, delivery));
  }

  private void now(String what, Lang lang, Supplier<Reply> answer, Delivery delivery) {
    SlackMessage message;
    try {
      message = renderer.render(answer.get());
    } catch (RuntimeException e) {
      log.error("Answering {} failed", what, e);
      message = renderer.apology(lang);
    }
    try {
      delivery.send(message);
    } catch (SlackDeliveryException e) {
      log.error("Could not deliver the answer to {}: {}", what, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("Interrupted while delivering the answer to {}", what);
    } catch (RuntimeException e) {
      log.error("Could not deliver the answer to {}", what, e);
    }
  }

  /** The apology's language before the core has looked at the text: Chinese if it has Han. */
  static Lang guessLang(String text) {
    return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? Lang.SIMPLIFIED
        : Lang.ENGLISH;
  }
}
