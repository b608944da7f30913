package tradebot.measure;

/**
 * What a question asks, beyond place and period: the measure, whether it asks for the measure as a
 * whole ("湖南进出口多少": the total, not trade with Africa), and which aspect: a growth rate, a
 * share, an amount ("多少钱", "how much") rather than a rank, a list or a date, or a rank alone.
 */
public record Asked(
    Measurement measure, boolean total, boolean growth, boolean share, boolean amount, boolean rank) {}
