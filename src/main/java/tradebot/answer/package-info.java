/** The answering facade platforms call: question in, reply out, with a cache in front. */
package tradebot.answer;
