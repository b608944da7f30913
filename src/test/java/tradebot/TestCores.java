package tradebot;

import java.util.Map;

/** One core built from the packaged data, shared by tests: building it loads dictionaries. */
public final class TestCores {
  private static final Core CORE = new Wiring(Map.of()).core();

  private TestCores() {}

  public static Core core() {
    return CORE;
  }
}
