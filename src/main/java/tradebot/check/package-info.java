/**
 * Fact-checking: the figures of a claim (amount with unit, growth or decline, share, rank, with
 * their qualifiers) are extracted, matched to what the sources state for the same place, period and
 * measure, and compared in base units; the verdict quotes the sentence that settles it.
 */
package tradebot.check;
