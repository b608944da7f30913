package tradebot.telegram;

import java.util.Objects;
import java.util.Optional;
import tradebot.ops.ChatQueues;

/**
 * How the bot takes updates: long polling (one process per token) or a webhook (any number of
 * instances, each update claimed in the shared database), and the per-chat queue limits.
 */
public record TelegramIntake(ChatQueues.Limits limits, Optional<TelegramWebhook> webhook, UpdateClaims claims) {

  public TelegramIntake {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(webhook, "webhook");
    Objects.requireNonNull(claims, "claims");
  }

  /** Long polling with the default queue limits. */
  public static TelegramIntake polling() {
    return new TelegramIntake(ChatQueues.Limits.DEFAULT, Optional.empty(), UpdateClaims.NONE);
  }
}
