package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RotationTest {

  private static final List<String> FACTS = IntStream.range(0, 12).mapToObj(i -> "fact" + i).toList();

  @Test
  void showsEveryFactOnceBeforeStartingANewRound() {
    Set<String> shown = new HashSet<>();
    String last = null;
    for (int day = 0; day < FACTS.size(); day++) {
      Rotation.Pick p = Rotation.next(7, 0, shown, last, FACTS).orElseThrow();
      assertThat(p.round()).isZero();
      assertThat(shown.add(p.factId())).as("repeat of %s", p.factId()).isTrue();
      last = p.factId();
    }
    Rotation.Pick next = Rotation.next(7, 0, shown, last, FACTS).orElseThrow();
    assertThat(next.round()).isEqualTo(1);
    assertThat(next.factId()).isNotEqualTo(last);
  }

  @Test
  void orderIsFixedPerSubscriptionAndRoundButDiffersBetweenThem() {
    List<String> reversed = new ArrayList<>(FACTS);
    Collections.reverse(reversed);
    assertThat(Rotation.order(7, 0, FACTS)).isEqualTo(Rotation.order(7, 0, reversed));
    assertThat(Rotation.order(7, 0, FACTS)).isNotEqualTo(Rotation.order(8, 0, FACTS));
    assertThat(Rotation.order(7, 0, FACTS)).isNotEqualTo(Rotation.order(7, 1, FACTS));
    assertThat(Rotation.order(7, 1, FACTS)).containsExactlyInAnyOrderElementsOf(FACTS);
  }

  @Test
  void nothingToPickWithoutFacts() {
    assertThat(Rotation.next(1, 0, Set.of(), null, List.of())).isEmpty();
  }
}
