package tradebot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** app_home_opened on the Home tab: acknowledged at once, then the Home is published (views.publish). */
final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {

  private final AppHome home;

  HomeOpenedListener(AppHome home) {
    this.home = home;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
    AppHomeOpenedEvent e = payload.getEvent();
    if (e != null && e.getUser() != null && (e.getTab() == null || "home".equals(e.getTab()))) {
      home.later("publishing the Home of " + e.getUser(), () -> home.publish(e.getUser(), e.getChannel()));
    }
    return ctx.ack();
  }
}
