package tradebot.intent;

import tradebot.store.Indicator;

/** An indicator with how well it fits a question. */
public record Scored(Indicator indicator, double score) {}
