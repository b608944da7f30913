package tradebot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict reading of Telegram's HTML parse mode: only Telegram's tags, no attributes except an
 * anchor's href, every tag closed in order, {@code <} {@code >} and {@code &} never bare (only
 * {@code &lt; &gt; &amp; &quot;} and numeric entities). Stricter than Telegram, which tolerates a
 * bare {@code >}; the renderer escapes it anyway. The loopback Bot API rejects what this rejects,
 * and the fuzz tests hold every rendering to it.
 */
public final class TelegramHtml {

  private static final Set<String> TAGS =
      Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z-]+)( href=\"[^\"<>&]*\")?>");
  private static final Pattern ENTITY = Pattern.compile("&(?:lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

  private TelegramHtml() {}

  /** Null when the HTML is well formed; else what is wrong and where. */
  public static String problem(String html) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(html).region(i, html.length());
        if (!m.lookingAt() || !TAGS.contains(m.group(2))) {
          return "bare < or unknown tag at " + i;
        }
        boolean closing = !m.group(1).isEmpty();
        if (m.group(3) != null && (closing || !m.group(2).equals("a"))) {
          return "attribute on <" + m.group(1) + m.group(2) + "> at " + i;
        }
        if (!closing) {
          open.push(m.group(2));
        } else if (open.isEmpty() || !open.pop().equals(m.group(2))) {
          return "unbalanced </" + m.group(2) + "> at " + i;
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) {
          return "bare & at " + i;
        }
        i = m.end();
      } else if (c == '>') {
        return "bare > at " + i;
      } else {
        i++;
      }
    }
    return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
  }

  /** The text a reader sees: tags removed, entities decoded. */
  public static String visible(String html) {
    String noTags = html.replaceAll("<[^>]*>", "");
    Matcher m = ENTITY.matcher(noTags);
    StringBuilder sb = new StringBuilder(noTags.length());
    while (m.find()) {
      String e = m.group();
      String decoded =
          switch (e) {
            case "&lt;" -> "<";
            case "&gt;" -> ">";
            case "&amp;" -> "&";
            case "&quot;" -> "\"";
            default -> e.startsWith("&#x")
                ? new String(Character.toChars(Integer.parseInt(e.substring(3, e.length() - 1), 16)))
                : new String(Character.toChars(Integer.parseInt(e.substring(2, e.length() - 1))));
          };
      m.appendReplacement(sb, Matcher.quoteReplacement(decoded));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
