package tradebot.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import tradebot.command.Commands;

/**
 * Decides whether a text message is for this bot and what it asks. In a private chat every text
 * is. In a group only commands (bare ones this bot knows, or {@code /cmd@ThisBot}), mentions of the
 * bot and replies to its messages are; the rest is other people's conversation and stays unanswered.
 */
final class Addressing {

  private final BotIdentity bot;
  private final Pattern mention;

  Addressing(BotIdentity bot) {
    this.bot = bot;
    this.mention =
        Pattern.compile("(?<![\\w@])@" + Pattern.quote(bot.username()) + "(?!\\w)", Pattern.CASE_INSENSITIVE);
  }

  /** The text to hand to the core, or empty when the bot should stay silent. */
  Optional<String> questionIn(Message message) {
    String text = message.getText();
    if (text == null) {
      return Optional.empty();
    }
    if (message.isUserMessage()) {
      return Optional.of(text);
    }
    if (!(message.isGroupMessage() || message.isSuperGroupMessage())) {
      return Optional.empty();
    }
    if (message.getFrom() != null && Boolean.TRUE.equals(message.getFrom().getIsBot())) {
      return Optional.empty(); // other bots: answering them risks two bots talking forever
    }
    String stripped = text.strip();
    if (stripped.startsWith("/")) {
      return command(stripped);
    }
    Optional<String> mentioned = withoutMention(message);
    if (mentioned.isPresent()) {
      return mentioned;
    }
    if (repliesToBot(message)) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  private Optional<String> command(String text) {
    int end = text.indexOf(' ');
    String head = end < 0 ? text.substring(1) : text.substring(1, end);
    int at = head.indexOf('@');
    if (at >= 0) {
      return head.substring(at + 1).equalsIgnoreCase(bot.username()) ? Optional.of(text) : Optional.empty();
    }
    // A bare command in a group may be meant for another bot; answer only the ones this bot has.
    return Commands.find(head.toLowerCase(java.util.Locale.ROOT)).isPresent() ? Optional.of(text) : Optional.empty();
  }

  private Optional<String> withoutMention(Message message) {
    String text = message.getText();
    if (message.getEntities() != null) {
      for (MessageEntity e : message.getEntities()) {
        if ("text_mention".equals(e.getType()) && e.getUser() != null && e.getUser().getId() == bot.id()) {
          int from = Math.max(0, Math.min(e.getOffset(), text.length()));
          int to = Math.max(from, Math.min(from + e.getLength(), text.length()));
          return Optional.of((text.substring(0, from) + text.substring(to)).strip());
        }
      }
    }
    Matcher m = mention.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(m.replaceAll(" ").strip().replaceAll("\\s{2,}", " "));
  }

  private boolean repliesToBot(Message message) {
    Message replied = message.getReplyToMessage();
    return replied != null && replied.getFrom() != null && replied.getFrom().getId() == bot.id();
  }
}
