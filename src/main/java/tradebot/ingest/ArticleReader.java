package tradebot.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an article file: plain text, the headline on the first line unless a title is given (a first
 * line equal to the given title is the headline too, not body text), paragraphs separated by blank
 * lines. What is not an article (empty, binary, not UTF-8, an HTML page, far too large) is refused
 * with one line saying so.
 */
public final class ArticleReader {

  /** Far more than any article; a larger file is something else. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;
  private static final int LONG_HEADLINE = 120;

  /** How to read: an explicit encoding (null: UTF-8, with GBK/Big5 recognised and named), and whether to strip HTML. */
  public record Options(Charset encoding, boolean html) {
    public static final Options DEFAULT = new Options(null, false);
  }

  /** Title and body as given, and what looked doubtful. */
  public record Text(String title, String body, List<String> warnings) {
    public Text {
      warnings = List.copyOf(warnings);
    }
  }

  private final TextDecoder decoder = new TextDecoder();

  public Text read(Path file, String title, Options options) {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new IngestException(name + " is a directory; give the article files in it");
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new IngestException(tooLarge(name, size));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IngestException(name + ": no such file");
    } catch (IOException e) {
      throw new IngestException(name + ": cannot read: " + e.getMessage(), e);
    }
    return parse(name, bytes, title, options);
  }

  /** Reads at most {@link #MAX_BYTES} from a stream (standard input). */
  public Text read(String name, InputStream in, String title, Options options) {
    try {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IngestException(tooLarge(name, bytes.length));
      }
      return parse(name, bytes, title, options);
    } catch (IOException e) {
      throw new IngestException(name + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String tooLarge(String name, long size) {
    return String.format(Locale.ROOT, "%s is %.1f MB: an article is at most %d MB of text (is it the right file?)",
        name, size / 1048576.0, MAX_BYTES / 1048576);
  }

  Text parse(String name, byte[] bytes, String givenTitle, Options options) {
    String text = decoder.decode(name, bytes, options.encoding());
    List<String> warnings = new ArrayList<>();
    if (text.isBlank()) {
      throw new IngestException(name + " has no text (only whitespace)");
    }
    if (HtmlText.looksLikeHtml(text)) {
      if (!options.html()) {
        throw new IngestException(
            name + " looks like an HTML page, not plain text: save the article's text, or pass --html to strip the tags");
      }
      text = HtmlText.text(text);
      warnings.add("HTML tags stripped");
      if (text.isBlank()) {
        throw new IngestException(name + " has no text outside its HTML tags");
      }
    }
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    while (!lines.isEmpty() && lines.get(0).isBlank()) {
      lines.remove(0);
    }
    String first = lines.get(0).strip();
    String title;
    if (givenTitle == null || givenTitle.isBlank()) {
      title = first;
      lines.remove(0);
      if (title.length() > LONG_HEADLINE) {
        warnings.add("the first line is long for a headline; give the title with --title");
      }
    } else {
      title = givenTitle.strip();
      if (sameWords(first, title)) {
        lines.remove(0);
      }
    }
    String body = body(lines);
    if (body.isBlank()) {
      throw new IngestException(name + " has a headline but no article text");
    }
    return new Text(title, body, warnings);
  }

  /** The body: lines as given, trailing spaces and surrounding blank lines removed. */
  private static String body(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      kept.add(line.stripTrailing());
    }
    while (!kept.isEmpty() && kept.get(0).isEmpty()) {
      kept.remove(0);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
      kept.remove(kept.size() - 1);
    }
    return String.join("\n", kept);
  }

  private static boolean sameWords(String a, String b) {
    return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
  }
}
