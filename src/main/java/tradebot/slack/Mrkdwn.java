package tradebot.slack;

import java.util.ArrayList;
import java.util.List;
import tradebot.format.Markup;

/** Slack mrkdwn helpers: escaping and cutting text into pieces that fit Slack's size limits. */
final class Mrkdwn {

  private Mrkdwn() {}

  /** The three characters Slack asks to escape; everything else is shown as typed. */
  static String escape(String s) {
    return Markup.escapeAngleBrackets(s);
  }

  /** Reverses {@link #escape} for text Slack sends us. */
  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * Packs already formatted lines into texts of at most {@code max} characters, breaking between
   * lines where possible and inside a line only when the line alone is too long (never inside a
   * surrogate pair or an escape such as {@code &amp;}).
   */
  static List<String> pack(List<String> lines, int max) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : lines) {
      for (String piece : cut(line, max)) {
        int extra = current.length() == 0 ? piece.length() : piece.length() + 1;
        if (current.length() + extra > max) {
          out.add(current.toString());
          current.setLength(0);
        }
        if (current.length() > 0) {
          current.append('\n');
        }
        current.append(piece);
      }
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** Cuts one line to at most {@code max} characters per piece. */
  static List<String> cut(String line, int max) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (line.length() - start > max) {
      int end = start + max;
      if (Character.isLowSurrogate(line.charAt(end)) && Character.isHighSurrogate(line.charAt(end - 1))) {
        end--;
      }
      int amp = line.lastIndexOf('&', end - 1);
      if (amp >= start && amp > end - 5 && line.indexOf(';', amp) >= end) {
        end = amp;
      }
      if (end <= start) {
        end = start + max;
      }
      pieces.add(line.substring(start, end));
      start = end;
    }
    pieces.add(line.substring(start));
    return pieces;
  }

  /**
   * At most {@code max} characters, with an ellipsis when something was cut; never cuts a surrogate
   * pair or an escape ({@code &amp;} cut to {@code &am} would show a bare ampersand).
   */
  static String truncate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    int amp = s.lastIndexOf('&', end - 1);
    if (amp >= 0 && amp > end - 5 && s.indexOf(';', amp) >= end) {
      end = amp;
    }
    return s.substring(0, end) + "…";
  }
}
