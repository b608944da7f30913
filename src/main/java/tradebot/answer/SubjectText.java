package tradebot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.reply.Option;
import tradebot.text.Lang;

/** A conversation's {@link ConversationMemory.Subject} as a line of JSON, for a shared {@link ConversationStore}. */
final class SubjectText {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubjectText() {}

  static String write(ConversationMemory.Subject subject) {
    ObjectNode node = JSON.createObjectNode();
    node.put("question", subject.question());
    node.put("lang", subject.lang().tag());
    ArrayNode options = node.putArray("options");
    for (Option o : subject.options()) {
      options.addObject().put("label", o.label()).put("indicator", o.indicatorId());
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The subject, or empty for text this version cannot read (written by another version, damaged). */
  static Optional<ConversationMemory.Subject> read(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      Lang lang = null;
      for (Lang l : Lang.values()) {
        if (l.tag().equals(node.path("lang").asText())) {
          lang = l;
        }
      }
      if (lang == null || !node.path("question").isTextual()) {
        return Optional.empty();
      }
      List<Option> options = new ArrayList<>();
      for (JsonNode o : node.path("options")) {
        options.add(new Option(o.path("label").asText(), o.path("indicator").asText()));
      }
      return Optional.of(new ConversationMemory.Subject(node.path("question").asText(), lang, options));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
