package tradebot.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One inline-keyboard button: either a callback (data ≤ 64 bytes, Telegram's limit) or a URL. */
record Button(String text, String callbackData, String url) {

  static final int MAX_CALLBACK_BYTES = 64;

  Button {
    Objects.requireNonNull(text, "text");
    if ((callbackData == null) == (url == null)) {
      throw new IllegalArgumentException("a button has either callback data or a URL: " + text);
    }
    if (callbackData != null && callbackData.getBytes(StandardCharsets.UTF_8).length > MAX_CALLBACK_BYTES) {
      throw new IllegalArgumentException("callback data over 64 bytes: " + callbackData);
    }
  }

  static Button callback(String text, String data) {
    return new Button(text, data, null);
  }

  static Button link(String text, String url) {
    return new Button(text, null, url);
  }
}
