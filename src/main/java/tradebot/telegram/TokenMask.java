package tradebot.telegram;

import java.util.Objects;

/**
 * Keeps the bot token out of logs and error messages: the token appears in every Bot API URL, so
 * any text or exception that may carry a URL goes through here first.
 */
record TokenMask(String token) {

  TokenMask {
    Objects.requireNonNull(token, "token");
  }

  /** "123456:ABC…" becomes "123456:***": the bot id stays readable, the secret part does not. */
  String masked() {
    int colon = token.indexOf(':');
    return (colon > 0 ? token.substring(0, colon) : "") + ":***";
  }

  String apply(String text) {
    return text == null || token.isEmpty() ? text : text.replace(token, masked());
  }

  /** A copy of the exception chain with masked messages and the original stack traces. */
  Throwable apply(Throwable t) {
    if (t == null) {
      return null;
    }
    Throwable copy =
        new MaskedException(t.getClass().getName() + ": " + apply(t.getMessage()), apply(t.getCause()));
    copy.setStackTrace(t.getStackTrace());
    return copy;
  }

  /** Stands in for an exception whose message was masked; its text names the original class. */
  static final class MaskedException extends RuntimeException {
    MaskedException(String message, Throwable cause) {
      super(message, cause);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
