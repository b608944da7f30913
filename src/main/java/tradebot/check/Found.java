package tradebot.check;

/** A figure found in a claim, with where it stands in the prepared claim text. */
record Found(Figure figure, int start, int end) {}
