/**
 * Load harnesses (main methods, not tests): run by the commands in docs/benchmarks.md, never by
 * {@code mvn verify}.
 */
package tradebot.load;
