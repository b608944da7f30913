package tradebot.subscribe;

import java.util.Objects;

/** Where one platform's posts go: its sender and the rate limiter that paces it. */
public record PostChannel(PostSender sender, RateLimiter limiter) {

  public PostChannel {
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(limiter, "limiter");
  }
}
