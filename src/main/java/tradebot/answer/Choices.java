package tradebot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.intent.ParsedQuestion;
import tradebot.reply.Option;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;

/**
 * The answer to a question back ("你指的是哪一个？"): the option's number ("2", "第二个", "the second
 * one"), its place ("湖南的", "Changsha") or words of its label ("进出口总值").
 */
final class Choices {

  private static final Pattern NUMBER =
      Pattern.compile("^(?:第|no\\.?|number|option|#|choice)?\\s*([1-9]|[一二两三四五六七八九])\\s*(?:个|項|项|条|條|個|号|號|项吧|个吧|st|nd|rd|th)?(?:\\s*(?:one|option))?$");
  private static final Map<String, Integer> ORDINALS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5);
  private static final Pattern ENGLISH =
      Pattern.compile("^(?:the\\s+)?(first|second|third|fourth|fifth|last)(?:\\s+(?:one|option|choice))?$");
  private static final Pattern PARTICLES = Pattern.compile("(?:的|吧|呢|啊|那个|这个|选|我要|要|please|pls)");

  private final IndicatorStore store;
  private final java.util.Collection<String> regionWords;
  private final java.util.function.UnaryOperator<String> fold;

  Choices(IndicatorStore store, java.util.Collection<String> regionWords, java.util.function.UnaryOperator<String> fold) {
    this.store = store;
    this.regionWords = regionWords;
    this.fold = fold;
  }

  /** The option this message picks, if it picks exactly one. */
  Optional<Option> pick(String folded, ParsedQuestion q, List<Option> options) {
    if (options.isEmpty()) {
      return Optional.empty();
    }
    String t = PARTICLES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    Matcher n = NUMBER.matcher(t);
    if (n.matches()) {
      String d = n.group(1);
      int i = "一二三四五六七八九".indexOf(d);
      return at(options, Character.isDigit(d.charAt(0)) ? Integer.parseInt(d) : d.equals("两") ? 2 : i + 1);
    }
    Matcher e = ENGLISH.matcher(t);
    if (e.matches()) {
      return at(options, e.group(1).equals("last") ? options.size() : ORDINALS.get(e.group(1)));
    }
    if (!q.regions().isEmpty() && q.namesOnlyPlaces(regionWords)) {
      List<Option> here = options.stream()
          .filter(o -> store.indicator(o.indicatorId()).map(Indicator::region).filter(q.regions()::contains).isPresent())
          .toList();
      if (here.size() == 1) {
        return Optional.of(here.get(0));
      }
    }
    if (t.length() >= 2) {
      List<Option> named = options.stream().filter(o -> fold.apply(o.label()).contains(t)).toList();
      if (named.size() == 1) {
        return Optional.of(named.get(0));
      }
    }
    return Optional.empty();
  }

  private static Optional<Option> at(List<Option> options, int number) {
    return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
  }
}
