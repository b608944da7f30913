package tradebot.reply;

import java.util.List;
import java.util.Objects;
import tradebot.text.Lang;

/**
 * What the bot says, before any platform formats it: a lead text, the facts with their evidence,
 * and options to choose from when the question was ambiguous. Renderers (plain text, Telegram HTML,
 * Slack Block Kit) only lay this out; they add no content.
 */
public record Reply(Kind kind, Lang lang, String text, List<Evidence> evidence, List<Option> options) {

  /** Whether the bot answered, asked back, declined, or talked about itself. */
  public enum Kind {
    ANSWER,
    CLARIFY,
    DECLINE,
    HELP,
    TOPICS,
    GREETING
  }

  public Reply {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lang, "lang");
    text = text == null ? "" : text;
    evidence = List.copyOf(evidence);
    options = List.copyOf(options);
    if (kind == Kind.ANSWER && evidence.isEmpty()) {
      throw new IllegalArgumentException("an answer needs evidence");
    }
  }

  public static Reply message(Kind kind, Lang lang, String text) {
    return new Reply(kind, lang, text, List.of(), List.of());
  }

  /** True only when the reply states figures; false for declines and questions back. */
  public boolean answered() {
    return kind == Kind.ANSWER;
  }
}
