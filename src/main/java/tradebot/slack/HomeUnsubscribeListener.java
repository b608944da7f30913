package tradebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * An Unsubscribe button on the App Home (value "subscription id:DM channel", set by {@link AppHome}):
 * the subscription ends if it belongs to the clicking user's DM or one of their channels, and the
 * Home is published again without it.
 */
final class HomeUnsubscribeListener implements BlockActionHandler {

  private final AppHome home;

  HomeUnsubscribeListener(AppHome home) {
    this.home = home;
  }

  @Override
  public Response apply(BlockActionRequest req, ActionContext ctx) {
    BlockActionPayload p = req.getPayload();
    String user = p.getUser() == null ? null : p.getUser().getId();
    String value = p.getActions() == null || p.getActions().isEmpty() ? "" : String.valueOf(p.getActions().get(0).getValue());
    int colon = value.indexOf(':');
    long id;
    try {
      id = Long.parseLong(colon < 0 ? value : value.substring(0, colon));
    } catch (NumberFormatException e) {
      return ctx.ack(); // not a button of ours
    }
    String dm = colon < 0 ? null : value.substring(colon + 1);
    if (user != null) {
      home.later("unsubscribing " + id, () -> home.unsubscribe(user, dm, id));
    }
    return ctx.ack();
  }
}
