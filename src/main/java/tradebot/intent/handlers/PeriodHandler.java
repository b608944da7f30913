package tradebot.intent.handlers;

import java.util.List;
import tradebot.intent.Periods;
import tradebot.intent.IntentHandler;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.store.Indicator;

/**
 * A period the articles say nothing about: another year (2020, "next year"), or part of a year
 * ("上半年", "Q1") when the articles only give full-year figures. Declined, never extrapolated.
 */
public final class PeriodHandler implements IntentHandler {
  private final Messages messages;

  public PeriodHandler(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return yearNotCovered(turn) || subYearNotCovered(turn);
  }

  private static boolean yearNotCovered(Turn turn) {
    var years = turn.question().years();
    if (years.isEmpty()) {
      return false;
    }
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return false;
    }
    Indicator best = ranked.get(0).indicator();
    for (String year : years) {
      if (covers(best, year) || turn.ranker().sentenceMentions(best, year)) {
        return false;
      }
    }
    return true;
  }

  private static boolean covers(Indicator indicator, String year) {
    if (year.contains("-")) {
      return indicator.period().equals(year) || Periods.startsWithin(indicator.period(), year);
    }
    return Periods.covers(indicator.period(), year);
  }

  private static boolean subYearNotCovered(Turn turn) {
    List<String> cues = turn.question().subYearCues();
    if (cues.isEmpty()) {
      return false;
    }
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return true;
    }
    Indicator best = ranked.get(0).indicator();
    for (String cue : cues) {
      if (!turn.ranker().sentenceMentions(best, cue)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Reply handle(Turn turn) {
    if (subYearNotCovered(turn)) {
      return Declines.decline(messages, turn.lang(), "decline.subyear", turn.question().subYearCues().get(0));
    }
    return Declines.decline(messages, turn.lang(), "decline.period");
  }
}
