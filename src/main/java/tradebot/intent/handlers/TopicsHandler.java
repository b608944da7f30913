package tradebot.intent.handlers;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tradebot.intent.IntentHandler;
import tradebot.intent.Turn;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;

/** What the bot knows, as metric names grouped by place; no figures, so nothing is quoted bare. */
public final class TopicsHandler implements IntentHandler {
  private static final int PER_REGION = 12;

  private final Messages messages;
  private final IndicatorStore store;
  private final ChineseConverter converter;
  private final Map<String, String[]> regionNames;

  public TopicsHandler(
      Messages messages, IndicatorStore store, ChineseConverter converter, Map<String, String[]> regionNames) {
    this.messages = messages;
    this.store = store;
    this.converter = converter;
    this.regionNames = regionNames;
  }

  @Override
  public boolean canHandle(Turn turn) {
    return turn.question().topics();
  }

  @Override
  public Reply handle(Turn turn) {
    return topics(turn.lang());
  }

  public Reply topics(Lang lang) {
    Map<String, Set<String>> byRegion = new LinkedHashMap<>();
    for (Indicator i : store.indicators()) {
      if (i.kind() == Indicator.Kind.VALUE || i.kind() == Indicator.Kind.GROWTH) {
        byRegion
            .computeIfAbsent(i.region(), r -> new LinkedHashSet<>())
            .add(lang == Lang.ENGLISH ? i.metricEn() : i.metricZh());
      }
    }
    StringBuilder sb = new StringBuilder(messages.get(lang, "topics.intro"));
    byRegion.forEach(
        (region, metrics) -> {
          String[] names = regionNames.getOrDefault(region, new String[] {region, region});
          sb.append("\n• ").append(lang == Lang.ENGLISH ? names[1] : names[0]).append(lang == Lang.ENGLISH ? ": " : "：");
          sb.append(String.join(lang == Lang.ENGLISH ? "; " : "、", metrics.stream().limit(PER_REGION).toList()));
        });
    String text = lang == Lang.TRADITIONAL ? converter.toTraditional(sb.toString()) : sb.toString();
    return Reply.message(Reply.Kind.TOPICS, lang, text);
  }
}
