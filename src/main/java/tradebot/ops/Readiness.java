package tradebot.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What must hold before the instance should get traffic: named checks (data loaded, database
 * answers, each platform connected) added as the server starts. Ready when there is at least one
 * check and all pass; a check that throws counts as failing.
 */
public final class Readiness {

  private static final Logger log = LoggerFactory.getLogger(Readiness.class);

  private final Map<String, BooleanSupplier> checks = new ConcurrentHashMap<>();

  public void add(String name, BooleanSupplier check) {
    checks.put(name, check);
  }

  /** The names of the checks that fail now; empty when ready. */
  public List<String> failing() {
    List<String> failing = new ArrayList<>();
    if (checks.isEmpty()) {
      failing.add("starting");
    }
    for (Map.Entry<String, BooleanSupplier> c : checks.entrySet()) {
      boolean ok;
      try {
        ok = c.getValue().getAsBoolean();
      } catch (RuntimeException e) {
        log.warn("readiness check {} failed: {}", c.getKey(), e.toString());
        ok = false;
      }
      if (!ok) {
        failing.add(c.getKey());
      }
    }
    failing.sort(null);
    return failing;
  }
}
