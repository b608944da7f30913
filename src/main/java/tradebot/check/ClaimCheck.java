package tradebot.check;

import java.util.Objects;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * The result of checking one claim: the verdict, and the reply that explains it (the verdict and
 * each figure's standing as text, the settling facts with their sentences as evidence), which every
 * platform renders as it renders answers.
 */
public record ClaimCheck(String claim, Lang lang, Verdict verdict, Reply reply) {

  public ClaimCheck {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reply, "reply");
  }
}
