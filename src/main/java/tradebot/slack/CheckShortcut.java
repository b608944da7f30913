package tradebot.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.handler.builtin.MessageShortcutHandler;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.response.Response;
import tradebot.check.ClaimChecker;

/**
 * The "Check figures" message shortcut: every figure of the message is checked against the
 * sources, and the verdict goes into the message's thread; when the bot is not in that channel,
 * only the person who asked sees it (ephemeral, through the shortcut's response_url).
 */
final class CheckShortcut implements MessageShortcutHandler {

  static final String CALLBACK_ID = "check_figures";

  private final ClaimChecker checker;
  private final Answering answering;
  private final SlackSender sender;

  CheckShortcut(ClaimChecker checker, Answering answering, SlackSender sender) {
    this.checker = checker;
    this.answering = answering;
    this.sender = sender;
  }

  @Override
  public Response apply(MessageShortcutRequest req, MessageShortcutContext ctx) {
    MessageShortcutPayload p = req.getPayload();
    String text = p.getMessage() == null || p.getMessage().getText() == null ? "" : p.getMessage().getText();
    String channel = p.getChannel() == null ? null : p.getChannel().getId();
    String thread = p.getMessage() == null ? null
        : p.getMessage().getThreadTs() != null ? p.getMessage().getThreadTs() : p.getMessage().getTs();
    String responseUrl = p.getResponseUrl();
    answering.later(
        channel,
        text,
        "shortcut in " + channel,
        Answering.guessLang(text),
        () -> checker.check(SlackText.clean(text)).reply(),
        message -> {
          try {
            sender.post(channel, thread, message);
          } catch (SlackDeliveryException e) {
            boolean notMember = e.permanent()
                && (e.getMessage().contains("not_in_channel") || e.getMessage().contains("channel_not_found"));
            if (!notMember || responseUrl == null) {
              throw e;
            }
            sender.respondPrivately(responseUrl, message); // not a member: only the asker sees it
          }
        });
    return ctx.ack();
  }
}
