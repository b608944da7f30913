/**
 * Daily fact posts: subscriptions and platform state in SQLite or PostgreSQL, a clock-driven
 * delivery pass that posts once per subscription and local day, and the chat commands for them.
 */
package tradebot.subscribe;
