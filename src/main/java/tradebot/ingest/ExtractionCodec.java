package tradebot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import tradebot.extract.Extraction;
import tradebot.store.Source;

/**
 * An extraction as stored: JSON of the source (without its text, which is stored once, as the body),
 * its indicators and warnings. Fields an older or newer build does not know are ignored; JSON that
 * no longer fits the records reads as nothing, and the article is extracted again.
 */
final class ExtractionCodec {

  private final ObjectMapper mapper =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  String encode(Extraction extraction) {
    Source s = extraction.source();
    Source withoutText = new Source(s.id(), s.title(), s.publication(), s.author(), s.date(), s.script(), "", s.sentences());
    try {
      return mapper.writeValueAsString(new Extraction(withoutText, extraction.indicators(), extraction.warnings()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the extraction of " + s.id() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The stored extraction with the source's text put back; empty when it cannot be read any more. */
  Optional<Extraction> decode(String json, String body) {
    try {
      Extraction e = mapper.readValue(json, Extraction.class);
      if (e.source() == null) {
        return Optional.empty();
      }
      Source s = e.source();
      Source withText = new Source(s.id(), s.title(), s.publication(), s.author(), s.date(), s.script(), body, s.sentences());
      return Optional.of(new Extraction(withText, e.indicators(), e.warnings()));
    } catch (JsonProcessingException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
