package tradebot.reply;

import java.util.Objects;
import tradebot.store.Indicator;
import tradebot.store.Source;

/**
 * One stated figure with its proof: a headline in the asker's language, the sentence exactly as
 * published, and where it was published.
 */
public record Evidence(Indicator indicator, Source source, String headline, String citation) {

  public Evidence {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(citation, "citation");
  }

  /** The source sentence, verbatim. */
  public String sentence() {
    return indicator.sentence();
  }
}
