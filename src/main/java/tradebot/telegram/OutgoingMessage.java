package tradebot.telegram;

import java.util.List;
import java.util.Objects;

/** One Telegram message as the renderer lays it out: HTML text and buttons, one per row. */
record OutgoingMessage(String html, List<Button> buttons) {

  OutgoingMessage {
    Objects.requireNonNull(html, "html");
    if (html.isEmpty()) {
      throw new IllegalArgumentException("Telegram rejects empty messages");
    }
    buttons = List.copyOf(buttons);
  }
}
