/**
 * What a figure is a figure of: measures (trade, exports, EVs, trade with Africa…) with their
 * hierarchy from data/measures.json, and whether a stated figure is the one a question asks for.
 */
package tradebot.measure;
