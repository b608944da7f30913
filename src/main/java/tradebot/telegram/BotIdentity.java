package tradebot.telegram;

import java.util.Objects;

/** Who the bot is on Telegram (from getMe): needed to see mentions, replies and /cmd@Bot. */
record BotIdentity(long id, String username) {

  BotIdentity {
    Objects.requireNonNull(username, "username");
  }
}
