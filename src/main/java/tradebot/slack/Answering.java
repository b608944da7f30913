package tradebot.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
  private final Executor executor;

  Answering(SlackRenderer renderer, Executor executor) {
    this.renderer = renderer;
    this.executor = executor;
  }

  /**
   * Computes the reply and delivers it, later. {@code lang} is the language for an apology if
   * answering fails.
   */
  void later(String what, Lang lang, Supplier<Reply> answer, Delivery delivery) {
    try {
      executor.execute(() -> now(what, lang, answer, delivery));
    } catch (RejectedExecutionException e) {
      log.warn("Not answering {}: too many questions waiting, or shutting down", what);
    }
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
