package tradebot.subscribe;

import java.util.Optional;

/**
 * Small durable key/value state for platform adapters, e.g. Telegram's update offset, kept in the
 * same database as the subscriptions. Keys are per platform, so adapters cannot collide.
 */
public interface PlatformState {

  Optional<String> get(String platform, String key);

  void put(String platform, String key, String value);
}
