package tradebot.intent;

import java.util.Locale;

/** What about a figure the user asks for. */
public enum Aspect {
  VALUE,
  GROWTH,
  SHARE,
  RANK,
  COUNT,
  DATE,
  DURATION,
  LIST;

  static Aspect of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
