package tradebot.intent.handlers;

import tradebot.command.BotCommand;
import tradebot.command.Commands;
import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;

/** How to use the bot, with the command list generated from {@link Commands}. */
public final class HelpHandler implements IntentHandler {
  private final Messages messages;
  private final ChineseConverter converter;

  public HelpHandler(Messages messages, ChineseConverter converter) {
    this.messages = messages;
    this.converter = converter;
  }

  @Override
  public boolean canHandle(Turn turn) {
    var q = turn.question();
    return q.help() && q.aspects().isEmpty() && !q.genericTrade();
  }

  @Override
  public Reply handle(Turn turn) {
    return Reply.message(Reply.Kind.HELP, turn.lang(), text(turn.lang()));
  }

  public String text(Lang lang) {
    StringBuilder sb = new StringBuilder(messages.get(lang, "help.intro"));
    sb.append("\n\n").append(messages.get(lang, "help.commands"));
    sb.append(commandList(lang));
    return sb.toString();
  }

  public String commandList(Lang lang) {
    StringBuilder sb = new StringBuilder();
    for (BotCommand c : Commands.all()) {
      String description = lang == Lang.ENGLISH ? c.descriptionEn() : c.descriptionZh();
      if (lang == Lang.TRADITIONAL) {
        description = converter.toTraditional(description);
      }
      sb.append("\n/").append(c.name());
      if (!c.arguments().isEmpty()) {
        sb.append(' ').append(c.arguments());
      }
      sb.append(" — ").append(description);
    }
    return sb.toString();
  }
}
