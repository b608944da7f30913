package tradebot;

import tradebot.answer.TradeAnswerer;
import tradebot.check.ClaimChecker;
import tradebot.chat.ChatService;
import tradebot.format.PlainTextRenderer;
import tradebot.reply.Messages;
import tradebot.reply.ReplyWriter;
import tradebot.store.IndicatorStore;

/** The platform-neutral part of the bot, built once by {@link Wiring}. */
public record Core(
    IndicatorStore store,
    TradeAnswerer answerer,
    ChatService chat,
    Messages messages,
    ReplyWriter writer,
    PlainTextRenderer plainText,
    ClaimChecker checker) {}
