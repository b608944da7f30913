/** The indicator store: sources, indicators and their sentences, loaded from data/ and validated. */
package tradebot.store;
