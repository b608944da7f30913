package tradebot.format;

import java.util.List;
import tradebot.reply.Evidence;
import tradebot.reply.Messages;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Plain text, as the terminal chat and the batch interface show it. Facts quoted from the same
 * sentence share one quote, so a two-part answer is not padded with the same sentence twice.
 */
public final class PlainTextRenderer {

  private final Messages messages;

  public PlainTextRenderer(Messages messages) {
    this.messages = messages;
  }

  public String render(Reply reply) {
    StringBuilder sb = new StringBuilder();
    if (!reply.text().isEmpty()) {
      sb.append(reply.text());
    }
    List<Evidence> evidence = reply.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      if (sb.length() > 0) {
        sb.append(i > 0 && sameSentence(evidence.get(i - 1), e) ? "\n" : "\n\n");
      }
      sb.append(e.headline());
      boolean sentenceFollows = i + 1 < evidence.size() && sameSentence(e, evidence.get(i + 1));
      if (!sentenceFollows) {
        sb.append('\n').append(quote(reply.lang(), e.sentence()));
        sb.append('\n').append(messages.get(reply.lang(), "label.source")).append(colon(reply.lang()))
            .append(e.citation());
      }
    }
    int n = 1;
    for (Option o : reply.options()) {
      sb.append('\n').append(n++).append(". ").append(o.label());
    }
    return sb.toString();
  }

  private static boolean sameSentence(Evidence a, Evidence b) {
    return a.sentence().equals(b.sentence());
  }

  private String quote(Lang lang, String sentence) {
    return messages.get(lang, "label.quote") + colon(lang) + "“" + sentence + "”";
  }

  private static String colon(Lang lang) {
    return lang == Lang.ENGLISH ? ": " : "：";
  }
}
