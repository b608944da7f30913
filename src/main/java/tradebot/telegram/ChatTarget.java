package tradebot.telegram;

import java.util.Objects;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Where a reply goes: the chat, whether it is a group (groups have their own rate limit, and
 * replies there quote the message they answer), the forum topic, and the message answered.
 */
record ChatTarget(String chatId, boolean group, Integer threadId, Integer replyTo) {

  ChatTarget {
    Objects.requireNonNull(chatId, "chatId");
  }

  static ChatTarget of(Message message) {
    boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
    Integer thread = Boolean.TRUE.equals(message.getIsTopicMessage()) ? message.getMessageThreadId() : null;
    return new ChatTarget(
        Long.toString(message.getChatId()), group, thread, group ? message.getMessageId() : null);
  }

  static ChatTarget of(MaybeInaccessibleMessage message) {
    boolean group = message.isGroupMessage() || message.isSuperGroupMessage();
    Integer thread = message instanceof Message m && Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
    return new ChatTarget(Long.toString(message.getChatId()), group, thread, null);
  }

  /** The chat an update can be answered in: a message's, a channel post's or a callback's; none for the rest. */
  static Optional<ChatTarget> of(Update update) {
    if (update.hasMessage()) {
      return Optional.of(of(update.getMessage()));
    }
    if (update.hasChannelPost()) {
      // Channels have the group limit; a reply there is a new post, quoting nothing.
      return Optional.of(new ChatTarget(Long.toString(update.getChannelPost().getChatId()), true, null, null));
    }
    if (update.hasCallbackQuery() && update.getCallbackQuery().getMessage() != null) {
      return Optional.of(of(update.getCallbackQuery().getMessage()));
    }
    return Optional.empty();
  }
}
