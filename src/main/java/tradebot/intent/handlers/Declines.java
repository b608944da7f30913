package tradebot.intent.handlers;

import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/** Builds declines: plain statements of what the bot covers, with no figure in them. */
final class Declines {
  private Declines() {}

  static Reply decline(Messages messages, Lang lang, String key) {
    return Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, key));
  }

  static Reply decline(Messages messages, Lang lang, String key, String argument) {
    return Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, key, argument));
  }
}
