package tradebot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import tradebot.text.Lang;

/**
 * What an option button carries back: {@code f:<indicator id>:<s|t|e>}, the fact and the language
 * the options were offered in (the tapping user's language_code may differ from the question's).
 */
record CallbackData(String indicatorId, Lang lang) {

  private static final String PREFIX = "f:";

  /** The encoded form, or empty when an id is too long for Telegram's 64 bytes. */
  static Optional<String> encode(String indicatorId, Lang lang) {
    String data = PREFIX + indicatorId + ":" + code(lang);
    return data.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_CALLBACK_BYTES
        ? Optional.of(data)
        : Optional.empty();
  }

  /** Empty for data this bot did not make (an old keyboard, a forged callback). */
  static Optional<CallbackData> decode(String data) {
    if (data == null || !data.startsWith(PREFIX) || data.length() < PREFIX.length() + 3) {
      return Optional.empty();
    }
    int colon = data.lastIndexOf(':');
    if (colon <= PREFIX.length() || colon != data.length() - 2) {
      return Optional.empty();
    }
    Lang lang =
        switch (data.charAt(data.length() - 1)) {
          case 's' -> Lang.SIMPLIFIED;
          case 't' -> Lang.TRADITIONAL;
          case 'e' -> Lang.ENGLISH;
          default -> null;
        };
    return lang == null
        ? Optional.empty()
        : Optional.of(new CallbackData(data.substring(PREFIX.length(), colon), lang));
  }

  private static char code(Lang lang) {
    return switch (lang) {
      case SIMPLIFIED -> 's';
      case TRADITIONAL -> 't';
      case ENGLISH -> 'e';
    };
  }
}
