package tradebot.ops;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import tradebot.text.Lang;

/** What a chat is told when load turns it away ("slow down", "busy"), from tradebot/ops/messages_*. */
public final class LoadMessages {

  private final Map<Lang, ResourceBundle> bundles = new EnumMap<>(Lang.class);

  public LoadMessages() {
    for (Lang lang : Lang.values()) {
      bundles.put(
          lang,
          ResourceBundle.getBundle(
              "tradebot.ops.messages",
              lang.locale(),
              ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
  }

  /** The note for a message that was not queued, or null when it gets none (dropped, repeat, closed). */
  public String noteFor(ChatQueues.Admission admission, Lang lang) {
    return switch (admission) {
      case SLOW_DOWN -> bundles.get(lang).getString("flood.slowDown");
      case BUSY -> bundles.get(lang).getString("busy");
      default -> null;
    };
  }
}
