package tradebot.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.Indicator;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;

/**
 * Words a check in the claim's language and script: the verdict, one line per figure (agrees,
 * agrees as rounded, disagrees with what the source states, not stated), then the settling facts
 * with their sentences verbatim. A claim nothing settles gets no figure back.
 */
public final class CheckWording {

  /** A whole number of five digits or more, which an English reader writes with thousands separators. */
  private static final java.util.regex.Pattern LONG_NUMBER = java.util.regex.Pattern.compile("(?<![\\d.])\\d{5,}(?![\\d])");

  private final Messages messages;
  private final ReplyWriter writer;
  private final ChineseConverter converter;

  public CheckWording(Messages messages, ReplyWriter writer, ChineseConverter converter) {
    this.messages = messages;
    this.writer = writer;
    this.converter = converter;
  }

  ClaimCheck empty(String claim, Lang lang) {
    return new ClaimCheck(claim, lang, Verdict.NOT_FOUND, Reply.message(Reply.Kind.HELP, lang, messages.get(lang, "check.empty")));
  }

  ClaimCheck noFigure(String claim, Lang lang) {
    return new ClaimCheck(claim, lang, Verdict.NOT_FOUND,
        Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, "check.noFigure")));
  }

  /** A word that steers the question towards a measure: 数量 for counts, 占比 for shares. */
  String hint(Measure measure) {
    return messages.get(Lang.SIMPLIFIED, "check.hint." + measure.name().toLowerCase(java.util.Locale.ROOT));
  }

  ClaimCheck verdict(String claim, Lang lang, List<Finding> findings) {
    boolean disagrees = findings.stream().anyMatch(f -> f.outcome() == Outcome.DISAGREES);
    boolean agrees = findings.stream().anyMatch(Finding::agrees);
    Verdict verdict = disagrees ? Verdict.CONTRADICTED : agrees ? Verdict.CONFIRMED : Verdict.NOT_FOUND;
    if (verdict == Verdict.NOT_FOUND) {
      return new ClaimCheck(claim, lang, verdict,
          Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, "check.verdict.not_found")));
    }
    StringBuilder text = new StringBuilder(messages.get(lang, "check.verdict." + verdict.tag()));
    Set<Indicator> shown = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (f.outcome() == Outcome.DISAGREES) {
        shown.add(f.indicator());
      }
    }
    for (Finding f : findings) {
      text.append('\n').append(line(f, lang));
      if (f.settled()) {
        shown.add(f.indicator());
      }
    }
    Reply facts = writer.answer(new ArrayList<>(shown), lang);
    return new ClaimCheck(claim, lang, verdict,
        new Reply(Reply.Kind.ANSWER, lang, text.toString(), facts.evidence(), List.of()));
  }

  private String line(Finding f, Lang lang) {
    String claimed = written(f.claimed(), lang);
    if (!f.settled()) {
      return format(lang, "check.figure.unsettled", claimed, "");
    }
    String stated = stated(f, lang);
    return switch (f.outcome()) {
      case AGREES -> format(lang, "check.figure.agrees", claimed, stated);
      case AGREES_ROUNDED -> format(lang, "check.figure.rounded", claimed, stated);
      default -> {
        boolean direction = f.claimed().measure() == Measure.GROWTH
            && f.claimed().value().signum() * f.stated().value().signum() < 0;
        boolean currency = Units.isCurrency(f.claimed().unit()) && Units.isCurrency(f.stated().unit())
            && !f.claimed().unit().equals(f.stated().unit());
        boolean field = f.claimed().measure() == Measure.RANK && f.claimed().value().compareTo(f.stated().value()) == 0;
        if (field) {
          // same place in the ranking, another field: quote the source's own words for it
          String words = lang == Lang.ENGLISH && f.indicator().valueEn() != null
              ? f.indicator().valueEn()
              : script(converter.toSimplified(RankScope.phrase(f.indicator().sentence(), f.indicator().value())), lang);
          yield format(lang, "check.figure.field", claimed, words);
        }
        String key = direction ? "check.figure.direction" : currency ? "check.figure.currency" : "check.figure.disagrees";
        yield format(lang, key, claimed, stated);
      }
    };
  }

  private String stated(Finding f, Lang lang) {
    Indicator i = f.indicator();
    if (f.stated().measure() == Measure.GROWTH && i.kind() != Indicator.Kind.GROWTH) {
      String growth = messages.get(lang, "label.growth") + (lang == Lang.ENGLISH ? " " : "") + i.growth();
      return script(growth, lang);
    }
    return writer.figure(i, lang);
  }

  private String written(Figure f, Lang lang) {
    String w = f.written().strip();
    if (lang == Lang.ENGLISH) {
      // 100000 vehicles → 100,000 vehicles, as an English reader wrote it
      w = LONG_NUMBER.matcher(w).replaceAll(m -> String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(m.group())));
    }
    if (f.measure() == Measure.GROWTH && f.value().signum() < 0 && !w.startsWith("-")) {
      w = messages.get(lang, "check.decline") + (lang == Lang.ENGLISH ? " " : "") + w;
    }
    return script(w, lang);
  }

  private String script(String s, Lang lang) {
    return lang == Lang.TRADITIONAL ? converter.toTraditional(s) : s;
  }

  private String format(Lang lang, String key, String claimed, String stated) {
    return messages.get(lang, key).replace("{0}", claimed).replace("{1}", stated);
  }
}
