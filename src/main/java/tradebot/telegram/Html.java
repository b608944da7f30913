package tradebot.telegram;

import tradebot.format.Markup;

/** Telegram's HTML parse mode: only {@code & < >} are special outside tags, and all three must be. */
final class Html {

  private Html() {}

  static String escape(String text) {
    return Markup.escapeAngleBrackets(text);
  }

  /** Text wrapped in a tag ({@code b}, {@code i}, {@code blockquote}), or bare for an empty tag. */
  static String element(String tag, String text) {
    String escaped = escape(text);
    return tag.isEmpty() ? escaped : "<" + tag + ">" + escaped + "</" + tag + ">";
  }
}
