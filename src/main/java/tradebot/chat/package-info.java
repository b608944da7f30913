/** Platform-neutral chat handling: commands and questions from any platform, one reply each. */
package tradebot.chat;
