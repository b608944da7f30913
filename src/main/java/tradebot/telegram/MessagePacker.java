package tradebot.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs formatted lines into messages of at most {@code limit} characters of HTML (Telegram allows
 * 4,096 after parsing, so counting the markup too is on the safe side). Messages break between
 * blocks where they can, else between lines; a line too long on its own breaks between sentences,
 * each piece keeping its tag, so no message ever ends inside a tag or an entity.
 */
final class MessagePacker {

  /** One line of a reply: what separates it from the line before, its tag ("" for none), its text. */
  record Line(String separator, String tag, String text) {}

  private final int limit;

  MessagePacker(int limit) {
    if (limit < 64) {
      throw new IllegalArgumentException("message limit too small to hold a sentence: " + limit);
    }
    this.limit = limit;
  }

  /**
   * Packs blocks (a fact's headlines, quote and source; a paragraph) into messages. A block that
   * fits in a message is never split; a longer one breaks between its lines, then between sentences.
   */
  List<String> pack(List<List<Line>> blocks) {
    List<String> messages = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (List<Line> block : blocks) {
      if (block.isEmpty()) {
        continue;
      }
      String whole = join(block);
      String separator = block.get(0).separator();
      if (current.length() > 0 && current.length() + separator.length() + whole.length() > limit && whole.length() <= limit) {
        messages.add(current.toString());
        current.setLength(0);
      }
      for (Line line : block) {
        List<String> pieces = fit(line);
        for (int i = 0; i < pieces.size(); i++) {
          String html = pieces.get(i);
          String sep = i == 0 ? line.separator() : "\n";
          if (current.length() > 0 && current.length() + sep.length() + html.length() > limit) {
            messages.add(current.toString());
            current.setLength(0);
          }
          if (current.length() > 0) {
            current.append(sep);
          }
          current.append(html);
        }
      }
    }
    if (current.length() > 0) {
      messages.add(current.toString());
    }
    return messages;
  }

  private static String join(List<Line> block) {
    StringBuilder sb = new StringBuilder();
    for (Line line : block) {
      if (sb.length() > 0) {
        sb.append(line.separator());
      }
      sb.append(Html.element(line.tag(), line.text()));
    }
    return sb.toString();
  }

  /** The line as one element, or as several sentence groups when one would exceed the limit. */
  private List<String> fit(Line line) {
    String whole = Html.element(line.tag(), line.text());
    if (whole.length() <= limit) {
      return List.of(whole);
    }
    List<String> pieces = new ArrayList<>();
    String piece = "";
    for (String sentence : Sentences.split(line.text())) {
      String joined = piece + sentence;
      if (Html.element(line.tag(), joined.strip()).length() <= limit) {
        piece = joined;
        continue;
      }
      if (!piece.isBlank()) {
        pieces.add(Html.element(line.tag(), piece.strip()));
      }
      piece = sentence;
      if (Html.element(line.tag(), piece.strip()).length() > limit) {
        // One sentence longer than a message: nothing better than cutting between characters.
        List<String> cut = cut(line.tag(), piece.strip());
        pieces.addAll(cut.subList(0, cut.size() - 1));
        piece = "";
        pieces.add(cut.get(cut.size() - 1));
      }
    }
    if (!piece.isBlank()) {
      pieces.add(Html.element(line.tag(), piece.strip()));
    }
    return pieces;
  }

  private List<String> cut(String tag, String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int overhead = Html.element(tag, "").length();
    int length = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int width = Html.escape(new String(Character.toChars(cp))).length();
      if (overhead + length + width > limit) {
        pieces.add(Html.element(tag, text.substring(start, i)));
        start = i;
        length = 0;
      }
      length += width;
      i += Character.charCount(cp);
    }
    pieces.add(Html.element(tag, text.substring(start)));
    return pieces;
  }
}
