package tradebot.reply;

import java.util.Objects;

/** A candidate offered when a question was ambiguous; choosing it asks for that indicator. */
public record Option(String label, String indicatorId) {

  public Option {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(indicatorId, "indicatorId");
  }
}
