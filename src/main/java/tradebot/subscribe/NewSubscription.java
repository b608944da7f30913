package tradebot.subscribe;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import tradebot.text.Lang;

/** What a subscribe request asks for; the store gives it an id and a creation time. */
public record NewSubscription(
    String platform, String chatId, LocalTime time, ZoneId zone, String topic, Lang lang) {

  /** Posting time and zone when the subscriber names none. */
  public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  public NewSubscription {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    if (!platform.matches("[a-z][a-z0-9_]{0,15}")) {
      throw new IllegalArgumentException("platform must be a short lower-case name: " + platform);
    }
    if (chatId.isBlank() || chatId.length() > 200) {
      throw new IllegalArgumentException("chat id must be 1-200 characters: " + chatId);
    }
    time = time == null ? DEFAULT_TIME : time.withSecond(0).withNano(0);
    zone = zone == null ? DEFAULT_ZONE : zone;
    topic = topic == null ? "" : topic.strip();
    if (topic.length() > 100) {
      throw new IllegalArgumentException("topic must be at most 100 characters");
    }
    Objects.requireNonNull(lang, "lang");
  }
}
