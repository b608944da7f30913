package tradebot.load;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Prints N questions for {@code ask} benchmarks: the lines of a question file, varied the way users
 * vary them (a polite prefix, another ending, spaces, full-width digits, upper-case Latin), in a
 * seeded random order. Arguments: question file, N, [seed].
 */
public final class QuestionMix {

  private static final String[] PREFIXES = {"", "", "请问", "我想知道", "Q: ", "那", "hi, "};
  private static final String[] SUFFIXES = {"", "", "？", "?", "呢", "啊", " thanks", "。"};

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank()).map(String::strip).toList();
    int n = Integer.parseInt(args[1]);
    Random r = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (int i = 0; i < n; i++) {
      String q = lines.get(r.nextInt(lines.size()));
      q = PREFIXES[r.nextInt(PREFIXES.length)] + q.replaceAll("[？?。]$", "") + SUFFIXES[r.nextInt(SUFFIXES.length)];
      switch (r.nextInt(6)) {
        case 0 -> q = q.replace(" ", "  ");
        case 1 -> q = fullWidthDigits(q);
        case 2 -> q = q.toUpperCase(java.util.Locale.ROOT);
        default -> { }
      }
      out.println(q);
    }
    out.flush();
  }

  private static String fullWidthDigits(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.chars().forEach(c -> sb.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
    return sb.toString();
  }
}
