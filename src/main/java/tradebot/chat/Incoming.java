package tradebot.chat;

import java.util.Objects;

/**
 * A message as every platform adapter hands it to the core: where it came from (platform and chat,
 * which together name the conversation) and what it says. No platform types cross this line.
 */
public record Incoming(String platform, String chatId, String text, String languageCode) {

  public Incoming {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    text = text == null ? "" : text;
  }

  public String conversation() {
    return platform + ":" + chatId;
  }
}
