package tradebot.chat;

import java.util.Objects;

/**
 * A message as every platform adapter hands it to the core: where it came from (platform, chat and,
 * where a chat holds several conversations, the thread or person) and what it says. No platform
 * types cross this line.
 */
public record Incoming(String platform, String chatId, String text, String languageCode, String thread) {

  public Incoming {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    text = text == null ? "" : text;
    thread = thread == null ? "" : thread;
  }

  /** A message in a chat as a whole (a private chat, a DM, a channel's top level). */
  public Incoming(String platform, String chatId, String text, String languageCode) {
    this(platform, chatId, text, languageCode, "");
  }

  /**
   * The conversation follow-ups continue: the chat, narrowed by {@code thread} where one chat holds
   * several (a Slack thread; one person in a Telegram group).
   */
  public String conversation() {
    return conversation(platform, chatId, thread);
  }

  public static String conversation(String platform, String chatId, String thread) {
    return platform + ":" + chatId + (thread == null || thread.isEmpty() ? "" : ":" + thread);
  }
}
