package tradebot.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import tradebot.reply.Evidence;
import tradebot.reply.Reply;

/**
 * One line of the batch interface: {question, lang, answered, text, facts[]} (or, for a checked
 * claim, {claim, lang, verdict, text, facts[]}), where text is exactly
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
    return write(withFacts(node, reply));
  }

  /** A checked claim: {claim, lang, verdict, text, facts[]}, the facts as {@link #line} writes them. */
  public String claimLine(String claim, String verdict, Reply reply) {
    ObjectNode node = mapper.createObjectNode();
    node.put("claim", claim);
    node.put("lang", reply.lang().tag());
    node.put("verdict", verdict);
    node.put("text", renderer.render(reply));
    return write(withFacts(node, reply));
  }

  private static ObjectNode withFacts(ObjectNode node, Reply reply) {
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
    return node;
  }

  private String write(ObjectNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("cannot write JSON for a reply", ex);
    }
  }
}
