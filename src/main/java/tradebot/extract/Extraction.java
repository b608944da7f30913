package tradebot.extract;

import java.util.List;
import tradebot.store.Indicator;
import tradebot.store.Source;

/** What one article yields: the source to cite, the figures it states, and what looked wrong. */
public record Extraction(Source source, List<Indicator> indicators, List<String> warnings) {

  public Extraction {
    indicators = List.copyOf(indicators);
    warnings = List.copyOf(warnings);
  }
}
