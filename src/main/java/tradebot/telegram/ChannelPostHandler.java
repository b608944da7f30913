package tradebot.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import tradebot.chat.Incoming;

/**
 * Channel posts, which Telegram sends a bot only when it is an administrator of the channel. A
 * channel is for daily posts only: an admin's {@code /subscribe}, {@code /unsubscribe} or {@code
 * /subscriptions} (bare or {@code @ThisBot}) is handled and confirmed in the channel; every other
 * post is the channel's own content and is ignored.
 */
final class ChannelPostHandler implements UpdateHandler {

  private static final Set<String> COMMANDS = Set.of("subscribe", "unsubscribe", "subscriptions");

  private final BotIdentity bot;
  private final Replies replies;
  private final ReplyDelivery delivery;

  ChannelPostHandler(BotIdentity bot, Replies replies, ReplyDelivery delivery) {
    this.bot = bot;
    this.replies = replies;
    this.delivery = delivery;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasChannelPost();
  }

  @Override
  public void handle(Update update) {
    Message post = update.getChannelPost();
    subscriptionCommand(post.getText())
        .ifPresent(
            text -> {
              String chatId = Long.toString(post.getChatId());
              // Channel posts carry no sender and so no language: the command's words decide.
              delivery.deliver(
                  ChatTarget.of(update).orElseThrow(),
                  replies.reply(new Incoming(TelegramBot.PLATFORM, chatId, text, null)));
            });
  }

  /** The post's text when it is a subscription command for this bot. */
  Optional<String> subscriptionCommand(String text) {
    if (text == null || !text.strip().startsWith("/")) {
      return Optional.empty();
    }
    String stripped = text.strip();
    int space = stripped.indexOf(' ');
    String head = space < 0 ? stripped.substring(1) : stripped.substring(1, space);
    int at = head.indexOf('@');
    if (at >= 0) {
      if (!head.substring(at + 1).equalsIgnoreCase(bot.username())) {
        return Optional.empty();
      }
      head = head.substring(0, at);
    }
    return COMMANDS.contains(head.toLowerCase(Locale.ROOT)) ? Optional.of(stripped) : Optional.empty();
  }
}
