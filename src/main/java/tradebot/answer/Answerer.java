package tradebot.answer;

import java.util.Optional;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/** The core's one entry point for platforms: a question in, a reply out. Never throws on input. */
public interface Answerer {

  Reply answer(Query query);

  /** The reply for one indicator, e.g. when a user picks an option or opens a shared link. */
  Optional<Reply> fact(String indicatorId, Lang lang);

  /**
   * An option chosen by button in a conversation: that fact's reply, and (where the answerer keeps
   * conversations) the conversation's subject from then on.
   */
  default Optional<Reply> choose(String conversation, String indicatorId, Lang lang) {
    return fact(indicatorId, lang);
  }
}
