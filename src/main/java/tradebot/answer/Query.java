package tradebot.answer;

import java.util.Objects;
import tradebot.text.Lang;

/**
 * A question as the core sees it: the text, the conversation it belongs to (so "增速呢？" can follow
 * up on the previous answer; empty means no memory) and the language to fall back on when the text
 * itself does not show one (a bare "/help"), e.g. from the platform's language code.
 */
public record Query(String text, String conversation, Lang fallback) {

  public Query {
    Objects.requireNonNull(text, "text");
    conversation = conversation == null ? "" : conversation;
  }

  public static Query of(String text) {
    return new Query(text, "", null);
  }
}
