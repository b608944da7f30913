package tradebot.check;

/** How a claimed figure stands against the stated one. */
public enum Outcome {
  /** The source states the same figure (or one that implies the claim: 1,234.5亿 is over 1,000亿). */
  AGREES,
  /** The claim is the source's figure rounded (1234亿 for 1,234.5亿). */
  AGREES_ROUNDED,
  /** The claim cannot be true given the source's figure. */
  DISAGREES,
  /** Both could be true: the source's bound does not settle the claim (35亿 against 超30亿). */
  UNSETTLED
}
