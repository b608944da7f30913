package tradebot.intent;

import java.util.List;
import tradebot.reply.Reply;

/** Offers a message to an explicit, ordered list of handlers; the first that can handle it does. */
public final class Router {

  private final List<IntentHandler> handlers;
  private final IntentHandler fallback;

  public Router(List<IntentHandler> handlers, IntentHandler fallback) {
    this.handlers = List.copyOf(handlers);
    this.fallback = fallback;
  }

  public Reply route(Turn turn) {
    for (IntentHandler h : handlers) {
      if (h.canHandle(turn)) {
        return h.handle(turn);
      }
    }
    return fallback.handle(turn);
  }
}
