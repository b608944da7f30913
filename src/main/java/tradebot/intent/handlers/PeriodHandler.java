package tradebot.intent.handlers;

import java.util.List;
import tradebot.extract.Period;
import tradebot.intent.Periods;
import tradebot.reply.PeriodNames;
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
    return monthsNotCovered(turn) || yearNotCovered(turn) || subYearNotCovered(turn);
  }

  /**
   * Months asked (前三季度, January–August) and the best figure is for other months or the year; or a
   * year asked and the best figure adds up only some of its months.
   */
  private static boolean monthsNotCovered(Turn turn) {
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return false;
    }
    var q = turn.question();
    Period stated = Period.parse(ranked.get(0).indicator().period());
    if (q.namesMonths()) {
      return stated == null
          || stated.fromMonth() != q.fromMonth()
          || stated.toMonth() != q.toMonth()
          || (!q.years().isEmpty() && !q.years().contains(Integer.toString(stated.year())));
    }
    return (!q.years().isEmpty() || q.wholeYear()) && Periods.isCumulative(ranked.get(0).indicator().period());
  }

  private static boolean yearNotCovered(Turn turn) {
    var years = turn.question().years();
    if (years.isEmpty() || turn.question().namesMonths()) {
      return false;
    }
    List<Scored> ranked = turn.ranked();
    if (ranked.isEmpty()) {
      return false;
    }
    Indicator best = ranked.get(0).indicator();
    if (Periods.isCumulative(best.period())) {
      return false;
    }
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
    if (cues.isEmpty() || turn.question().namesMonths()) {
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
    if (monthsNotCovered(turn)) {
      Period stated = Period.parse(turn.ranked().get(0).indicator().period());
      boolean english = turn.lang() == tradebot.text.Lang.ENGLISH;
      return stated != null && stated.isPartOfYear()
          ? Declines.decline(messages, turn.lang(), "decline.otherMonths", PeriodNames.of(stated, english))
          : Declines.decline(messages, turn.lang(), "decline.period");
    }
    if (subYearNotCovered(turn)) {
      return Declines.decline(messages, turn.lang(), "decline.subyear", turn.question().subYearCues().get(0));
    }
    return Declines.decline(messages, turn.lang(), "decline.period");
  }
}
