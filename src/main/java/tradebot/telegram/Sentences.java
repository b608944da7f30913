package tradebot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text after sentence ends (。！？；… in Chinese, . ! ? ; before a space in English, and line
 * breaks), keeping closing quotes and brackets with their sentence. Concatenating the parts gives
 * the text back unchanged.
 */
final class Sentences {

  private static final String ENDS = "。！？；…!?;\n";
  private static final String CLOSERS = "”’」』）)\"'】";

  private Sentences() {}

  static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean end =
          ENDS.indexOf(c) >= 0
              || (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
      i++;
      if (end) {
        while (i < text.length() && (ENDS.indexOf(text.charAt(i)) >= 0 || CLOSERS.indexOf(text.charAt(i)) >= 0)) {
          i++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        parts.add(text.substring(start, i));
        start = i;
      }
    }
    if (start < text.length()) {
      parts.add(text.substring(start));
    }
    return parts;
  }
}
