package tradebot.telegram;

import java.util.List;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * The Telegram renderer as tests in other packages see it (it is package-private here): a reply
 * laid out as the HTML messages and buttons the bot would send.
 */
public final class TelegramRendering {

  /** One message: its HTML text and its buttons' texts, callback data and URLs. */
  public record Message(String html, List<String> buttonTexts, List<String> callbackData, List<String> urls) {}

  private final TelegramRenderer renderer;

  public TelegramRendering(Messages messages) {
    this.renderer = new TelegramRenderer(messages, new TelegramMessages(), "TradeFactsBot", TelegramRenderer.MESSAGE_LIMIT);
  }

  public List<Message> render(Reply reply) {
    return renderer.render(reply).stream()
        .map(m -> new Message(
            m.html(),
            m.buttons().stream().map(Button::text).toList(),
            m.buttons().stream().filter(b -> b.callbackData() != null).map(Button::callbackData).toList(),
            m.buttons().stream().filter(b -> b.url() != null).map(Button::url).toList()))
        .toList();
  }

  /** Decodes callback data as the adapter does when a button is tapped (a client may forge it). */
  public static boolean decodes(String callbackData) {
    return CallbackData.decode(callbackData).isPresent();
  }
}
