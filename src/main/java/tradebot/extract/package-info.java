/**
 * Knowledge from text: an article is cut into sentences and every figure it states is extracted
 * with its measure, place and period, one small extractor per dimension.
 */
package tradebot.extract;
