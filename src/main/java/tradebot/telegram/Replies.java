package tradebot.telegram;

import java.util.Optional;
import tradebot.answer.Answerer;
import tradebot.chat.Chat;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/** The core as this adapter uses it: a reply to a message, or one fact when an option is chosen. */
interface Replies {

  Reply reply(Incoming message);

  Optional<Reply> fact(String indicatorId, Lang lang);

  /** An option tapped in a conversation: its fact, which that conversation then follows up on. */
  default Optional<Reply> choose(String conversation, String indicatorId, Lang lang) {
    return fact(indicatorId, lang);
  }

  static Replies of(Chat chat, Answerer answerer) {
    return new Replies() {
      @Override
      public Reply reply(Incoming message) {
        return chat.handle(message);
      }

      @Override
      public Optional<Reply> fact(String indicatorId, Lang lang) {
        return answerer.fact(indicatorId, lang);
      }

      @Override
      public Optional<Reply> choose(String conversation, String indicatorId, Lang lang) {
        return answerer.choose(conversation, indicatorId, lang);
      }
    };
  }
}
