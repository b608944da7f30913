/** One small handler per intent, wired in order by {@code tradebot.Wiring}. */
package tradebot.intent.handlers;
