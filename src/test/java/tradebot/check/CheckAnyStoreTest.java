package tradebot.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tradebot.answer.Answerer;
import tradebot.answer.Query;
import tradebot.intent.Lexicon;
import tradebot.intent.QuestionParser;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.reply.ReplyWriter;
import tradebot.store.DataLocation;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.store.Source;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;
import tradebot.text.LanguageDetector;
import tradebot.text.Normalizer;

/**
 * The checker works from whatever store and answerer it is given (an ingested article's figures,
 * say), never from the packaged data: here one article and an answerer that knows only it.
 */
class CheckAnyStoreTest {

  private static final String SENTENCE = "2025年前三季度，岳阳市进出口总值1,000.5亿元，同比增长12.3%。";

  private final ChineseConverter converter = new ChineseConverter();
  private final Messages messages = new Messages();
  private final Indicator yueyang =
      new Indicator("yueyang_trade_q3_2025", "ingested-1", "hunan", "2025", Indicator.Kind.VALUE, true, "岳阳进出口总值",
          "Yueyang total trade", List.of("岳阳进出口", "岳阳外贸"), List.of("yueyang trade"), "1,000.5", "亿元",
          new BigDecimal("100050000000"), null, null, "12.3%", SENTENCE);
  private final IndicatorStore store =
      new IndicatorStore(
          List.of(new Source("ingested-1", "岳阳外贸", "岳阳日报", "", "2025-10", "zh-Hans", SENTENCE, List.of(SENTENCE))),
          List.of(yueyang),
          Map.of());
  private final ReplyWriter writer =
      new ReplyWriter(store, converter, Map.of("hunan", new String[] {"湖南", "Hunan"}), messages);
  /** Answers anything about 岳阳 with the one figure, declines the rest. */
  private final Answerer answerer =
      new Answerer() {
        @Override
        public Reply answer(Query query) {
          return query.text().contains("岳阳") || query.text().toLowerCase().contains("yueyang")
              ? writer.answer(List.of(yueyang), Lang.SIMPLIFIED)
              : Reply.message(Reply.Kind.DECLINE, Lang.SIMPLIFIED, "not covered");
        }

        @Override
        public Optional<Reply> fact(String indicatorId, Lang lang) {
          return store.indicator(indicatorId).map(i -> writer.answer(List.of(i), lang));
        }
      };

  private ClaimChecker checker() {
    DataLocation data = DataLocation.classpath();
    LanguageDetector detector = new LanguageDetector(converter);
    QuestionParser parser =
        new QuestionParser(Lexicon.load(data), new Normalizer(converter), detector, Set.of(), Lexicon.englishDictionary(data), Set.of(), Set.of(),
            Clock.systemUTC());
    return new ClaimChecker(answerer, parser, store, detector, converter, Map.of("hunan", "湖南"),
        new CheckWording(messages, writer, converter));
  }

  @Test
  void checksAgainstTheFiguresOfTheStoreAndAnswererItIsGiven() {
    ClaimChecker checker = checker();
    assertThat(checker.check("岳阳进出口1000.5亿元，增长12.3%").verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(checker.check("Yueyang's trade was 100.05 billion yuan").verdict()).isEqualTo(Verdict.CONFIRMED);
    ClaimCheck wrong = checker.check("岳阳进出口下降12.3%");
    assertThat(wrong.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(wrong.reply().evidence()).extracting(e -> e.sentence()).containsExactly(SENTENCE);
    // the packaged articles are not there: Changsha's real figure settles nothing
    assertThat(checker.check("2025年长沙进出口2875.4亿元").verdict()).isEqualTo(Verdict.NOT_FOUND);
  }
}
