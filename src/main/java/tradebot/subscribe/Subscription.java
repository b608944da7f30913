package tradebot.subscribe;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import tradebot.text.Lang;

/**
 * One chat's daily fact: where to post (platform and chat), when (local time in a zone), which
 * facts (topic, empty for all) and in which language. Inactive ones were ended by the platform.
 */
public record Subscription(
    long id,
    String platform,
    String chatId,
    LocalTime time,
    ZoneId zone,
    String topic,
    Lang lang,
    boolean active,
    Instant createdAt) {

  public Subscription {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(chatId, "chatId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(createdAt, "createdAt");
    topic = topic == null ? "" : topic.strip();
  }

  /** The conversation key the core uses: {@code platform:chatId}. */
  public String chat() {
    return platform + ":" + chatId;
  }
}
