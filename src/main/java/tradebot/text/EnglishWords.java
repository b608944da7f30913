package tradebot.text;

import java.util.ArrayList;
import java.util.List;

/** Splits folded text into Latin words and reduces plurals, so "exports" meets "export". */
public final class EnglishWords {

  private EnglishWords() {}

  public static List<String> words(String folded) {
    List<String> words = new ArrayList<>();
    for (String token : folded.split(" ")) {
      if (!token.isEmpty() && isLatinWord(token)) {
        words.add(stem(token));
      }
    }
    return words;
  }

  /** Folded phrase with every word stemmed, as matched against stemmed question text. */
  public static String stemPhrase(String folded) {
    return String.join(" ", words(folded));
  }

  static boolean isLatinWord(String token) {
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-' && c != '\'') {
        return false;
      }
    }
    return token.chars().anyMatch(c -> c >= 'a' && c <= 'z');
  }

  public static String stem(String word) {
    String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    w = w.replace("'", "");
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
