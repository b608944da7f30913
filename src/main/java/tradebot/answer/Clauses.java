package tradebot.answer;

import java.util.ArrayList;
import java.util.List;

/** Splits "2025年湖南汽车出口多少？同比增长多少？" into its questions, so each gets an answer. */
final class Clauses {
  private Clauses() {}

  static List<String> split(String text, int max) {
    List<String> clauses = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      current.append(c);
      if (c == '？' || c == '?' || c == '\n' || c == '；' || c == ';') {
        addIfWords(clauses, current.toString());
        current.setLength(0);
      }
    }
    addIfWords(clauses, current.toString());
    if (clauses.isEmpty() || clauses.size() > max) {
      return List.of(text);
    }
    return clauses;
  }

  private static void addIfWords(List<String> clauses, String clause) {
    if (clause.codePoints().anyMatch(Character::isLetterOrDigit)) {
      clauses.add(clause.strip());
    }
  }
}
