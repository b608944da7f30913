package tradebot.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TypoCorrectorTest {
  private final TypoCorrector corrector =
      new TypoCorrector(Set.of("electric", "export", "lithium", "battery", "bean"), Set.of("beat"));

  @Test
  void correctsMisspellingsTowardsKnownWords() {
    assertThat(corrector.correct("electirc")).isEqualTo("electric");
    assertThat(corrector.correct("exprot")).isEqualTo("export");
    assertThat(corrector.correct("lithum")).isEqualTo("lithium");
    assertThat(corrector.correct("batery")).isEqualTo("battery");
  }

  @Test
  void leavesRealWordsAndShortWordsAlone() {
    assertThat(corrector.correct("beat")).isEqualTo("beat");
    assertThat(corrector.correct("ev")).isEqualTo("ev");
    assertThat(corrector.correct("zzzzzzz")).isEqualTo("zzzzzzz");
  }
}
