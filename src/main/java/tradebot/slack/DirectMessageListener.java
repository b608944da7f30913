package tradebot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import tradebot.chat.Chat;
import tradebot.chat.Incoming;

/**
 * Direct messages: every message a person sends is a question. Bots (this one included) and
 * message subtypes (edits, deletions, joins) are acknowledged and ignored.
 */
final class DirectMessageListener implements BoltEventHandler<MessageEvent> {

  private final Chat chat;
  private final Answering answering;
  private final SlackSender sender;

  DirectMessageListener(Chat chat, Answering answering, SlackSender sender) {
    this.chat = chat;
    this.answering = answering;
    this.sender = sender;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
    MessageEvent e = payload.getEvent();
    boolean fromPerson = e.getUser() != null && e.getBotId() == null && e.getSubtype() == null
        && !e.getUser().equals(ctx.getBotUserId());
    if (!"im".equals(e.getChannelType()) || !fromPerson || e.getChannel() == null) {
      return ctx.ack();
    }
    // the DM is one conversation; a thread inside it another
    Incoming incoming =
        new Incoming(SlackBot.PLATFORM, e.getChannel(), SlackText.toCoreText(e.getText()), null, e.getThreadTs());
    answering.later(
        e.getChannel(),
        incoming.text(),
        "direct message " + payload.getEventId(),
        Answering.guessLang(incoming.text()),
        () -> chat.handle(incoming),
        message -> sender.post(e.getChannel(), e.getThreadTs(), message));
    return ctx.ack();
  }
}
