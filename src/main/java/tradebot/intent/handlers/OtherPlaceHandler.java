package tradebot.intent.handlers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebot.intent.IntentHandler;
import tradebot.intent.Scored;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.text.Lang;

/**
 * A place the articles have no figures for (上海, Beijing, France), or a place they name without the
 * figure asked (株洲's trade total: the article only says it grew steadily). The question is still
 * answered when the best-matching fact is about that place or names it (长沙海关与重庆海关…).
 */
public final class OtherPlaceHandler implements IntentHandler {
  private final Messages messages;
  private final Map<String, String[]> regionNames;

  /**
   * @param regionNames region id to {Chinese name, English name}
   */
  public OtherPlaceHandler(Messages messages, Map<String, String[]> regionNames) {
    this.messages = messages;
    this.regionNames = Map.copyOf(regionNames);
  }

  @Override
  public boolean canHandle(Turn turn) {
    return unstatedPlace(turn).isPresent();
  }

  private Optional<String> unstatedPlace(Turn turn) {
    List<Scored> ranked = turn.ranked();
    for (String place : turn.question().otherPlaces()) {
      if (ranked.isEmpty() || !turn.ranker().sentenceMentions(ranked.get(0).indicator(), place)) {
        return Optional.of(place);
      }
    }
    if (ranked.isEmpty()) {
      return Optional.empty();
    }
    Indicator best = ranked.get(0).indicator();
    var regions = turn.question().regions();
    if (regions.isEmpty() || regions.stream().anyMatch(r -> turn.ranker().concerns(best, r))) {
      return Optional.empty();
    }
    String region = regions.iterator().next();
    String[] names = regionNames.getOrDefault(region, new String[] {region, region});
    return Optional.of(turn.lang() == Lang.ENGLISH ? names[1] : names[0]);
  }

  @Override
  public Reply handle(Turn turn) {
    return Declines.decline(messages, turn.lang(), "decline.place", titleCase(unstatedPlace(turn).orElseThrow()));
  }

  /** "united states" → "United States"; Chinese names as they are. */
  private static String titleCase(String place) {
    StringBuilder out = new StringBuilder();
    boolean start = true;
    for (char c : place.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }
}
