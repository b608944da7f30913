package tradebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;
import tradebot.answer.Answerer;
import tradebot.text.Lang;

/**
 * A click on one of the options offered for an ambiguous question: the button's value is the
 * indicator id, and the answer replaces the message that asked back.
 */
final class OptionClickListener implements BlockActionHandler {

  static final Pattern ACTION_IDS = Pattern.compile("^" + SlackRenderer.OPTION_ACTION_PREFIX + "\\d+$");

  private final Answerer answerer;
  private final Answering answering;
  private final SlackSender sender;

  OptionClickListener(Answerer answerer, Answering answering, SlackSender sender) {
    this.answerer = answerer;
    this.answering = answering;
    this.sender = sender;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    BlockActionPayload.Action action = p.getActions().get(0);
    String indicatorId = action.getValue() == null ? "" : action.getValue();
    Lang lang = SlackRenderer.optionLang(action.getBlockId());
    String responseUrl = p.getResponseUrl();
    if (responseUrl == null) {
      return ctx.ack(); // a button outside a message (e.g. in a modal): nowhere to answer
    }
    answering.later(
        "option " + indicatorId,
        lang,
        () -> answerer.choose(conversation(p), indicatorId, lang)
            .orElseThrow(() -> new IllegalArgumentException("no indicator with id " + indicatorId)),
        message -> sender.respond(responseUrl, message, true));
    return ctx.ack();
  }

  /** The conversation of the message whose button was clicked: its channel and thread. */
  private static String conversation(BlockActionPayload p) {
    var c = p.getContainer();
    String channel = c != null && c.getChannelId() != null ? c.getChannelId()
        : p.getChannel() == null ? "" : p.getChannel().getId();
    String thread = c == null ? "" : c.getThreadTs();
    return tradebot.chat.Incoming.conversation(SlackBot.PLATFORM, channel, thread);
  }
}
