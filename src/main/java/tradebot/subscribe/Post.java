package tradebot.subscribe;

import java.time.LocalDate;
import java.util.Objects;
import tradebot.reply.Reply;

/**
 * One daily post, platform-neutral: a heading, the fact as a core {@link Reply} (figure, source
 * sentence, source) and an "ask more" invitation. Platforms lay these out; they add no content. The
 * invitation opens the fact in a private chat: Telegram as a {@code t.me/<bot>?start=<startPayload>}
 * button, Slack and the terminal as {@code /start <startPayload>} (which the core understands).
 */
public record Post(
    long subscriptionId,
    String platform,
    String chatId,
    LocalDate date,
    String factId,
    String heading,
    Reply reply,
    String askMoreLabel,
    String startPayload) {

  public Post {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(factId, "factId");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(askMoreLabel, "askMoreLabel");
    Objects.requireNonNull(startPayload, "startPayload");
  }
}
