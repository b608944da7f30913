package tradebot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.subscribe.MessageClaims;

/**
 * Claims on updates and events in the shared database, falling back to this process's memory
 * while the database cannot be reached: the bot keeps answering through an outage, at the price
 * that a redelivery reaching another instance then may be answered twice. The database is opened
 * on the first claim, not before.
 */
public final class SharedClaims {

  private static final Logger log = LoggerFactory.getLogger(SharedClaims.class);

  private final Supplier<MessageClaims> database;
  private final Cache<String, Boolean> local =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofHours(2)).maximumSize(200_000).executor(Runnable::run).build();

  public SharedClaims(Supplier<MessageClaims> database) {
    this.database = database;
  }

  /** True for the first claim of {@code key} on {@code platform}. */
  public boolean claim(String platform, String key) {
    String local = platform + ":" + key;
    try {
      boolean first = database.get().claim(platform, key);
      this.local.put(local, Boolean.TRUE);
      return first;
    } catch (RuntimeException e) {
      log.warn("{} {}: claim kept in memory only, the database is unavailable: {}", platform, key, e.getMessage());
      return this.local.asMap().putIfAbsent(local, Boolean.TRUE) == null;
    }
  }
}
