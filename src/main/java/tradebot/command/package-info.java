/** The bot's commands, declared once as data for /help, Telegram's menu and the Slack manifest. */
package tradebot.command;
