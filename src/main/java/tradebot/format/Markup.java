package tradebot.format;

/**
 * Escaping shared by the platforms' markups: Telegram's HTML parse mode and Slack's mrkdwn both
 * treat exactly {@code & < >} as special and both want them as {@code &amp; &lt; &gt;}.
 */
public final class Markup {

  private Markup() {}

  public static String escapeAngleBrackets(String text) {
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
}
