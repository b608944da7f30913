/** The platform-neutral reply model and the wording of replies in each language. */
package tradebot.reply;
