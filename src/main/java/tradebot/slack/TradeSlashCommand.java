package tradebot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import tradebot.chat.Chat;
import tradebot.chat.Incoming;

/**
 * {@code /trade <question>} and {@code /trade topics|subscribe|...}: acknowledged at once (Slack
 * gives three seconds), answered through the command's response_url.
 */
final class TradeSlashCommand implements SlashCommandHandler {

  private final Chat chat;
  private final Answering answering;
  private final SlackSender sender;

  TradeSlashCommand(Chat chat, Answering answering, SlackSender sender) {
    this.chat = chat;
    this.answering = answering;
    this.sender = sender;
  }

  @Override
  public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
    SlashCommandPayload p = req.getPayload();
    Incoming incoming = new Incoming(SlackBot.PLATFORM, p.getChannelId(), SlackText.toCoreText(p.getText()), null);
    String responseUrl = p.getResponseUrl();
    answering.later(
        p.getChannelId(),
        incoming.text(),
        p.getCommand() + " in " + p.getChannelId(),
        Answering.guessLang(incoming.text()),
        () -> chat.handle(incoming),
        message -> sender.respond(responseUrl, message, false));
    return ctx.ack();
  }
}
