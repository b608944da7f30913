package tradebot.command;

import java.util.Objects;

/**
 * A command users can type, described in both languages. Declared as data so /help, Telegram's
 * setMyCommands and the Slack manifest all say the same thing.
 */
public record BotCommand(String name, String descriptionZh, String descriptionEn, String arguments) {

  public BotCommand {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9_]{0,31}")) {
      throw new IllegalArgumentException(
          "command name must be 1-32 lower-case letters, digits or _: " + name);
    }
    Objects.requireNonNull(descriptionZh, "descriptionZh of " + name);
    Objects.requireNonNull(descriptionEn, "descriptionEn of " + name);
    if (descriptionZh.isBlank() || descriptionEn.isBlank() || descriptionEn.length() > 256) {
      throw new IllegalArgumentException("descriptions of /" + name + " must be 1-256 characters");
    }
    arguments = arguments == null ? "" : arguments;
  }
}
