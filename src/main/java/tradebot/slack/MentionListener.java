package tradebot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import tradebot.chat.Chat;
import tradebot.chat.Incoming;

/** "@tradebot question" in a channel: answered in the message's thread. */
final class MentionListener implements BoltEventHandler<AppMentionEvent> {

  private final Chat chat;
  private final Answering answering;
  private final SlackSender sender;

  MentionListener(Chat chat, Answering answering, SlackSender sender) {
    this.chat = chat;
    this.answering = answering;
    this.sender = sender;
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
    AppMentionEvent e = payload.getEvent();
    if (e.getBotId() != null || e.getSubtype() != null || e.getChannel() == null) {
      return ctx.ack(); // other bots mentioning us would start a loop; edits are not new questions
    }
    String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
    // each thread is its own conversation: follow-ups in the thread continue it
    Incoming incoming =
        new Incoming(SlackBot.PLATFORM, e.getChannel(), SlackText.toCoreText(e.getText()), null, thread);
    answering.later(
        e.getChannel(),
        incoming.text(),
        "mention " + payload.getEventId(),
        Answering.guessLang(incoming.text()),
        () -> chat.handle(incoming),
        message -> sender.post(e.getChannel(), thread, message));
    return ctx.ack();
  }
}
