package tradebot.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an article into sentences. Newspaper layout breaks some sentences over two lines ("長沙比亞迪、湖
 * / 南安克電子…"); such lines are joined, while headings, captions and bylines stay apart. The rule is
 * written out in docs/data.md, since the data files quote its output.
 */
public final class SentenceSplitter {

  private static final String TERMINAL = "。！？：；”」』）)…";
  private static final Pattern BODY = Pattern.compile("[，。；]");
  private static final Pattern SENTENCE = Pattern.compile(".+?(?:[。！？][”」』）]*|$)");

  public List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    for (String paragraph : paragraphs(text)) {
      Matcher m = SENTENCE.matcher(paragraph);
      while (m.find()) {
        String s = m.group().strip();
        if (!s.isEmpty()) {
          sentences.add(s);
        }
      }
    }
    return sentences;
  }

  private static List<String> paragraphs(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(line.strip());
      }
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      current.append(line);
      String next = i + 1 < lines.size() ? lines.get(i + 1) : null;
      if (!continuesOnNextLine(line, next)) {
        paragraphs.add(current.toString());
        current.setLength(0);
      }
    }
    return paragraphs;
  }

  private static boolean continuesOnNextLine(String line, String next) {
    return next != null
        && TERMINAL.indexOf(line.charAt(line.length() - 1)) < 0
        && BODY.matcher(line).find()
        && BODY.matcher(next).find()
        && next.charAt(0) != '#'
        && next.charAt(0) != '●';
  }
}
