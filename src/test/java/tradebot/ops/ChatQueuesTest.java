package tradebot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tradebot.ops.ChatQueues.Admission;
import tradebot.ops.ChatQueues.Limits;

class ChatQueuesTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @Test
  void aFloodingChatGetsItsFirstFewAnsweredThenOneNoteThenSilence() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    try (ChatQueues queues = new ChatQueues("test", new Limits(2, 3, Duration.ofSeconds(3), 100), clock, Metrics.create())) {
      List<Admission> seen = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        seen.add(queues.submit("A", "question " + i, () -> await(gate)));
      }
      assertThat(seen).containsExactly(
          Admission.QUEUED, Admission.QUEUED, Admission.QUEUED, Admission.SLOW_DOWN, Admission.DROPPED,
          Admission.DROPPED, Admission.DROPPED, Admission.DROPPED, Admission.DROPPED, Admission.DROPPED);
      assertThat(queues.submit("B", "question 0", () -> {})).as("other chats are not limited").isEqualTo(Admission.QUEUED);
      gate.countDown();
    }
  }

  @Test
  void aMessageIdenticalToOneStillWaitingCollapsesIntoIt() {
    CountDownLatch gate = new CountDownLatch(1);
    try (ChatQueues queues = new ChatQueues("test", new Limits(1, 5, Duration.ofSeconds(3), 100), clock, Metrics.create())) {
      queues.submit("A", "first", () -> await(gate)); // running or waiting: either way not "again"
      assertThat(queues.submit("A", "again", () -> {})).isEqualTo(Admission.QUEUED);
      assertThat(queues.submit("A", "again", () -> {})).isEqualTo(Admission.REPEAT);
      gate.countDown();
    }
  }

  @Test
  void beyondTheQueueANewMessageIsTurnedAwayAsBusy() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    try (ChatQueues queues = new ChatQueues("test", new Limits(1, 5, Duration.ofSeconds(3), 2), clock, Metrics.create())) {
      queues.submit("A", "1", () -> {
        started.countDown();
        await(gate);
      });
      assertThat(started.await(10, TimeUnit.SECONDS)).isTrue(); // running: no longer waiting
      assertThat(queues.submit("B", "1", () -> {})).isEqualTo(Admission.QUEUED);
      assertThat(queues.submit("C", "1", () -> {})).isEqualTo(Admission.QUEUED);
      assertThat(queues.submit("D", "1", () -> {})).isEqualTo(Admission.BUSY);
      gate.countDown();
    }
  }

  @Test
  void eachChatInOrderAndChatsTakeTurns() throws Exception {
    List<String> ran = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch gate = new CountDownLatch(1);
    CountDownLatch all = new CountDownLatch(7);
    try (ChatQueues queues = new ChatQueues("test", new Limits(1, 5, Duration.ofSeconds(3), 100), clock, Metrics.create())) {
      queues.submit("hold", "x", () -> {
        await(gate);
        all.countDown();
      });
      for (int i = 1; i <= 4; i++) {
        String name = "A" + i;
        queues.submit("A", name, () -> {
          ran.add(name);
          all.countDown();
        });
      }
      for (int i = 1; i <= 2; i++) {
        String name = "B" + i;
        queues.submit("B", name, () -> {
          ran.add(name);
          all.countDown();
        });
      }
      gate.countDown();
      assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(ran).containsExactly("A1", "B1", "A2", "B2", "A3", "A4");
  }

  private static void await(CountDownLatch gate) {
    try {
      gate.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
