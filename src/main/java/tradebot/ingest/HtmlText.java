package tradebot.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an HTML page pasted as text, and (with {@code --html}) keeps only its text: scripts,
 * styles and the head dropped, block ends turned into paragraph breaks, entities decoded.
 */
final class HtmlText {

  private static final Pattern TAG =
      Pattern.compile("(?i)</?(html|head|body|p|div|span|br|a|h[1-6]|table|tr|td|script|style|meta|link|li|ul)\\b[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|[a-zA-Z]+);");

  private HtmlText() {}

  static boolean looksLikeHtml(String text) {
    String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return true;
    }
    Matcher m = TAG.matcher(text);
    int tags = 0;
    while (m.find() && tags < 3) {
      tags++;
    }
    return tags >= 3;
  }

  static String text(String html) {
    String s = html.replaceAll("(?is)<!--.*?-->", "");
    s = s.replaceAll("(?is)<(script|style|head|noscript|nav|footer)\\b.*?</\\1\\s*>", "");
    s = s.replaceAll("(?i)<br\\s*/?>", "\n");
    s = s.replaceAll("(?i)</(p|div|h[1-6]|li|tr|table|section|article|blockquote|header)\\s*>", "\n\n");
    s = s.replaceAll("(?s)<[^>]*>", "");
    s = decodeEntities(s);
    StringBuilder out = new StringBuilder();
    boolean blank = true;
    for (String line : s.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        if (!blank) {
          out.append('\n');
        }
        blank = true;
      } else {
        out.append(l).append('\n');
        blank = false;
      }
    }
    return out.toString();
  }

  private static String decodeEntities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "mdash" -> "—";
            default -> numeric(e, m.group());
          };
      m.appendReplacement(out, Matcher.quoteReplacement(r));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String numeric(String e, String whole) {
    try {
      if (e.startsWith("#x") || e.startsWith("#X")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      }
      if (e.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(1))));
      }
    } catch (IllegalArgumentException ignored) {
      // not a code point: keep the entity as written
    }
    return whole;
  }
}
