package tradebot.check;

import java.util.Locale;

/** What a check concludes about a claim. */
public enum Verdict {
  /** Every figure that can be settled agrees with the sources, and at least one can. */
  CONFIRMED,
  /** At least one figure disagrees with what the sources state. */
  CONTRADICTED,
  /** Nothing in the sources settles the claim. */
  NOT_FOUND;

  /** confirmed, contradicted, not_found: the batch interface's words. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }
}
