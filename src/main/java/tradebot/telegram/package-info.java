/**
 * The Telegram adapter: long polling over telegrambots, updates turned into core {@code Incoming}
 * messages, replies and daily posts rendered as Telegram HTML, sends paced and retried, the update
 * offset kept.
 */
package tradebot.telegram;
