package tradebot.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tradebot.reply.Evidence;
import tradebot.reply.Reply;

/**
 * One line of the batch interface: {question, lang, answered, text, facts[]}, where text is exactly
 * what a chat shows and facts carry the figures with their sentences.
 */
public final class AnswerJson {

  private final ObjectMapper mapper;
  private final PlainTextRenderer renderer;

  public AnswerJson(ObjectMapper mapper, PlainTextRenderer renderer) {
    this.mapper = mapper;
    this.renderer = renderer;
  }

  public String line(String question, Reply reply) {
    ObjectNode node = mapper.createObjectNode();
    node.put("question", question);
    node.put("lang", reply.lang().tag());
    node.put("answered", reply.answered());
    node.put("text", renderer.render(reply));
    ArrayNode facts = node.putArray("facts");
    for (Evidence e : reply.evidence()) {
      ObjectNode f = facts.addObject();
      f.put("id", e.indicator().id());
      f.put("value", e.indicator().value());
      f.put("unit", e.indicator().unit());
      f.put("yoy", e.indicator().growth());
      f.put("region", e.indicator().region());
      f.put("period", e.indicator().period());
      f.put("sentence", e.sentence());
      f.put("source", e.citation());
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write JSON for a reply", ex);
    }
  }
}
