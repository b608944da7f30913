/**
 * The Slack app: Bolt for Java in Socket Mode or signed HTTP mode, turning slash commands, mentions,
 * direct messages and button clicks into core requests and core replies into Block Kit.
 */
package tradebot.slack;
