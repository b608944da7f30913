package tradebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The promises the data makes to users: every quoted sentence and figure is really in the article. */
class DataIntegrityTest {
  private static final Pattern NUMBER =
      Pattern.compile("[0-9０-９]|[二三四五六七八九十两兩百千万萬]|第[一二三四五六七八九十]|首[个個次]");

  private final IndicatorStore store = new StoreLoader().load(DataLocation.directory(Path.of("data")));

  @Test
  void everySentenceIsVerbatimInItsArticleOnceLayoutBreaksAreJoined() {
    for (Indicator i : store.indicators()) {
      String joined = store.sourceOf(i).text().replaceAll("\\s*\\n\\s*", "");
      assertThat(joined).as(i.id()).contains(i.sentence());
    }
  }

  @Test
  void everyFigureAndGrowthRateAppearsInItsSentence() {
    for (Indicator i : store.indicators()) {
      assertThat(i.sentence()).as(i.id()).contains(i.value());
      if (i.hasGrowth()) {
        assertThat(i.sentence()).as(i.id()).contains(i.growth());
      }
    }
  }

  @Test
  void idsAreUniqueAndSnakeCase() {
    Set<String> ids = new HashSet<>();
    for (Indicator i : store.indicators()) {
      assertThat(ids.add(i.id())).as("duplicate " + i.id()).isTrue();
      assertThat(i.id()).matches("[a-z0-9]+(_[a-z0-9]+)*");
    }
  }

  @Test
  void everySentenceWithANumberIsCitedOrReviewedAsIgnored() {
    Set<String> cited = new HashSet<>();
    store.indicators().forEach(i -> cited.add(i.sentence()));
    for (Source source : store.sources()) {
      List<String> ignored = store.ignoredSentences(source.id());
      for (String sentence : source.sentences()) {
        if (NUMBER.matcher(sentence).find()) {
          assertThat(cited.contains(sentence) || ignored.contains(sentence))
              .as("%s: neither cited nor ignored: %s", source.id(), sentence)
              .isTrue();
        }
      }
    }
  }

  @Test
  void coversBothArticlesWithAboutOneHundredFiftyFigures() {
    assertThat(store.sources()).hasSize(2);
    assertThat(store.indicators()).hasSizeGreaterThan(140);
    assertThat(store.indicators().stream().map(Indicator::sourceId).distinct()).hasSize(2);
  }

  @Test
  void packagedDataIsTheSameAsTheRepositoryData() {
    IndicatorStore packaged = new StoreLoader().load(DataLocation.classpath());
    assertThat(packaged.indicators()).isEqualTo(store.indicators());
  }
}
