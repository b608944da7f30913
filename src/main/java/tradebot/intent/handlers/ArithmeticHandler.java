package tradebot.intent.handlers;

import java.util.List;
import tradebot.intent.Aspect;
import tradebot.intent.IntentHandler;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;

/**
 * Sums, differences, ratios and conversions ("湖南和长沙加起来多少", "how much more than Changsha",
 * "in US dollars"): the bot states only figures the articles state, so it declines to compute. A
 * comparison the article itself makes (增速高于全省27个百分点, 相当于前两年的总和) is still answered.
 */
public final class ArithmeticHandler implements IntentHandler {
  private static final List<String> STATED_COMPARISONS =
      List.of("高于", "低于", "相当于", "总和", "超过", "倍", "百分点", "压缩至", "降到");

  private final Messages messages;

  public ArithmeticHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    if (turn.question().arithmeticCues().isEmpty()) {
      return false;
    }
    if (turn.question().regions().size() >= 2) {
      return true;
    }
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return true;
    }
    // "in US dollars" when the article itself gives the figure in dollars: nothing to convert
    String unit = ranked.get(0).indicator().unit();
    if (turn.question().arithmeticCues().stream().allMatch(c -> c.contains("dollar") || c.contains("美元"))
        && (unit.contains("美元"))) {
      return false;
    }
    // "比去年多多少": a change on the year before is a growth rate, which the articles do state
    if (turn.question().aspects().contains(Aspect.GROWTH) && ranked.get(0).indicator().hasGrowth()) {
      return false;
    }
    return STATED_COMPARISONS.stream().noneMatch(w -> ranked.get(0).indicator().sentence().contains(w)
            || turn.ranker().sentenceMentions(ranked.get(0).indicator(), w));
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.arithmetic");
  }
}
