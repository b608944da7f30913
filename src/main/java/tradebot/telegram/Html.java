package tradebot.telegram;

/** Telegram's HTML parse mode: only {@code & < >} are special outside tags, and all three must be. */
final class Html {

  private Html() {}

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text wrapped in a tag ({@code b}, {@code i}, {@code blockquote}), or bare for an empty tag. */
  static String element(String tag, String text) {
    String escaped = escape(text);
    return tag.isEmpty() ? escaped : "<" + tag + ">" + escaped + "</" + tag + ">";
  }
}
