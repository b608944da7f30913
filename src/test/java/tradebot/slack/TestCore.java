package tradebot.slack;

import java.util.Map;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.SubscriptionCommands;

/** The real core over the packaged data, built once per test JVM (loading takes a moment). */
final class TestCore {

  private static Core core;

  private TestCore() {}

  static synchronized Core get() {
    if (core == null) {
      core = new Wiring(Map.of()).core();
    }
    return core;
  }

  static Core with(SubscriptionCommands subscriptions) {
    return new Wiring(Map.of()).core(subscriptions);
  }
}
