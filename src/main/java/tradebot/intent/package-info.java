/** Understanding a message: slots (region, period, aspect), keyword matching and routing to intents. */
package tradebot.intent;
