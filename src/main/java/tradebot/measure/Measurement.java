package tradebot.measure;

import java.util.Optional;
import java.util.Set;

/**
 * The measure a text names: a flow (trade, exports, imports; empty when none is named) and what it
 * is of (products, partners, subjects such as foreign investment). {@code rest} is what the text
 * says beyond measure names (Chinese characters and English words), for telling "湖南进出口多少"
 * (the total) from a question about something the catalogue has no name for.
 */
public record Measurement(Optional<String> flow, Set<String> subjects, String rest) {

  public Measurement {
    subjects = Set.copyOf(subjects);
    rest = rest == null ? "" : rest.strip();
  }

  public boolean isEmpty() {
    return flow.isEmpty() && subjects.isEmpty();
  }
}
