package tradebot.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Corrects one wrong character in a Chinese phrase the bot knows ("中欧斑列" → "中欧班列", "跨境店商" →
 * "跨境电商"). Only phrases of three or more characters, only when exactly one known phrase fits, and
 * never a window that is itself known: two-character names (湖南, 河南) are too close to each other to
 * correct safely.
 */
public final class ChineseTypos {

  private static final int MIN = 3;
  private static final int MAX = 8;
  private static final String AMBIGUOUS = "\u0000";

  private final Set<String> vocabulary;
  private final Set<String> knownPairs;
  private final Map<String, String> byMask = new HashMap<>();

  /**
   * @param vocabulary the phrases a typo is corrected towards
   * @param knownPairs character pairs of the sources' text: a character in a known pair is not a typo
   */
  public ChineseTypos(Set<String> vocabulary, Set<String> knownPairs) {
    this.vocabulary = Set.copyOf(vocabulary);
    this.knownPairs = Set.copyOf(knownPairs);
    for (String phrase : vocabulary) {
      if (phrase.length() < MIN || phrase.length() > MAX || !allHan(phrase)) {
        continue;
      }
      for (int i = 0; i < phrase.length(); i++) {
        String mask = phrase.substring(0, i) + '?' + phrase.substring(i + 1);
        byMask.merge(mask, phrase, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
      }
    }
  }

  /** The folded text with each unknown window that is one character off a known phrase put right. */
  public String correct(String folded) {
    String s = folded;
    for (int len = MAX; len >= MIN; len--) {
      for (int start = 0; start + len <= s.length(); start++) {
        String window = s.substring(start, start + len);
        if (!allHan(window) || vocabulary.contains(window) || knownInside(s, start, len)) {
          continue;
        }
        String fix = fix(window);
        // the character changed must be one no known phrase of the text accounts for
        if (fix != null && covered(s, start + differsAt(window, fix))) {
          fix = null;
        }
        if (fix != null) {
          s = s.substring(0, start) + fix + s.substring(start + len);
        }
      }
    }
    return s;
  }

  private static int differsAt(String a, String b) {
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return 0;
  }

  /** Function words and colloquial verbs: typed on purpose, never a wrong character of a term. */
  private static final String FUNCTION_CHARS = "的了和与跟同是在有从对把被算搞给让向往于为及或也都还就才又很太更最能会要可以吗呢吧啊呀么什哪几多少这那个些每各其该此其中";

  /** Whether a known pair or phrase of the text contains this position. */
  private boolean covered(String s, int at) {
    if (FUNCTION_CHARS.indexOf(s.charAt(at)) >= 0) {
      return true;
    }
    if ((at > 0 && knownPairs.contains(s.substring(at - 1, at + 1)))
        || (at + 2 <= s.length() && knownPairs.contains(s.substring(at, at + 2)))) {
      return true;
    }
    for (int a = Math.max(0, at - MAX + 1); a <= at; a++) {
      for (int b = at + 1; b <= Math.min(s.length(), a + MAX); b++) {
        if (b - a >= 2 && vocabulary.contains(s.substring(a, b))) {
          return true;
        }
      }
    }
    return false;
  }

  private String fix(String window) {
    String found = null;
    for (int i = 0; i < window.length(); i++) {
      String candidate = byMask.get(window.substring(0, i) + '?' + window.substring(i + 1));
      if (candidate == null) {
        continue;
      }
      if (candidate.equals(AMBIGUOUS) || (found != null && !found.equals(candidate))) {
        return null;
      }
      found = candidate;
    }
    return found;
  }

  /** Whether a known phrase already covers this window's characters (then nothing is wrong there). */
  private boolean knownInside(String s, int start, int len) {
    for (int a = Math.max(0, start - MAX); a <= start; a++) {
      for (int b = start + len; b <= Math.min(s.length(), a + MAX); b++) {
        if (vocabulary.contains(s.substring(a, b))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean allHan(String s) {
    return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
