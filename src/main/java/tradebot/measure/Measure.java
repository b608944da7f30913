package tradebot.measure;

import java.util.List;
import java.util.Objects;

/**
 * One measure and its names. {@code kind} is "flow" (trade, exports, imports) or what the flow is
 * of (a product, a partner, another subject); {@code parents} are the measures that contain it.
 */
public record Measure(String id, String kind, List<String> parents, List<String> zh, List<String> en) {

  public Measure {
    Objects.requireNonNull(id, "id");
    kind = kind == null ? "subject" : kind;
    parents = parents == null ? List.of() : List.copyOf(parents);
    zh = zh == null ? List.of() : List.copyOf(zh);
    en = en == null ? List.of() : List.copyOf(en);
  }

  public boolean isFlow() {
    return kind.equals("flow");
  }
}
