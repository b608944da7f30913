package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeliveryPassTest {

  @TempDir Path dir;
  private Fixture f;

  @BeforeEach
  void open() {
    f = Fixture.sqlite(dir, "2026-03-01T00:00:00Z");
  }

  @AfterEach
  void close() {
    f.close();
  }

  /** Thrown by a sender to stand for the process dying mid-send (before the platform accepted). */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void postsOnceAtTheLocalTimeAndNotAgainThatDay() throws Exception {
    Subscription s = f.subscribe("100", "09:00", "Asia/Shanghai", "");
    DeliveryPass pass = f.pass("a", f.recorder());
    assertThat(f.runAt(pass, "2026-03-01T00:59:00Z")).isEmpty();
    List<DeliveryPass.Delivered> sent = f.runAt(pass, "2026-03-01T01:00:00Z");
    assertThat(sent).singleElement().satisfies(d -> {
      assertThat(d.subscription()).isEqualTo(s.id());
      assertThat(d.chat()).isEqualTo("telegram:100");
      assertThat(d.date()).isEqualTo(LocalDate.parse("2026-03-01"));
    });
    assertThat(f.runAt(pass, "2026-03-01T01:00:30Z")).isEmpty();
    assertThat(f.runAt(pass, "2026-03-01T15:59:00Z")).isEmpty();
    assertThat(f.runAt(pass, "2026-03-02T01:00:00Z")).hasSize(1);
    assertThat(f.posts).hasSize(2);
  }

  @Test
  void eachPostIsReportedBeforeTheNextOneIsSent() throws Exception {
    for (int i = 0; i < 3; i++) {
      f.subscribe("20" + i, "09:00", "Asia/Shanghai", "");
    }
    List<String> events = new ArrayList<>();
    DeliveryPass pass = f.pass("a", post -> {
      events.add("send " + post.chatId());
      return SendResult.sent();
    });
    f.clock.set(Instant.parse("2026-03-01T01:00:00Z"));
    pass.run(f.clock.instant(), () -> false, d -> events.add("printed " + d.chat()));
    assertThat(events).containsExactly(
        "send 200", "printed telegram:200", "send 201", "printed telegram:201", "send 202", "printed telegram:202");
  }

  @Test
  void postCarriesTheFactItsSourceAndAnAskMoreLink() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    f.runAt(f.pass("a", f.recorder()), "2026-03-01T02:00:00Z");
    Post post = f.posts.get(0);
    assertThat(post.reply().evidence()).isNotEmpty();
    assertThat(post.reply().evidence().get(0).sentence()).isNotBlank();
    assertThat(post.reply().evidence().get(0).citation()).isNotBlank();
    assertThat(post.startPayload()).isEqualTo("f_" + post.factId());
    assertThat(post.heading()).isEqualTo("Fact of the day");
  }

  @Test
  void afterDowntimeSendsTodaysMissedPostButNotEarlierDays() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    f.subscribe("200", "23:30", "Asia/Shanghai", "");
    // Down from 2026-03-01 until 2026-03-05 12:00 Shanghai time (04:00Z).
    List<DeliveryPass.Delivered> sent = f.runAt(f.pass("restarted", f.recorder()), "2026-03-05T04:00:00Z");
    assertThat(sent).extracting(DeliveryPass.Delivered::chat).containsExactly("telegram:100");
    assertThat(sent).extracting(DeliveryPass.Delivered::date).containsExactly(LocalDate.parse("2026-03-05"));
  }

  @Test
  void rotatesThroughEveryMatchingFactBeforeRepeating() throws Exception {
    Subscription s = f.subscribe("100", "09:00", "Asia/Shanghai", "汽车");
    List<String> matching = Fixture.TOPICS.factIds("汽车");
    assertThat(matching).hasSizeGreaterThan(1);
    List<String> shown = new ArrayList<>();
    Instant day = Instant.parse("2026-03-01T01:00:00Z");
    for (int i = 0; i < matching.size() + 1; i++) {
      // A new pass every day, as after a restart: the order must not change.
      f.runAt(f.pass("instance-" + i, f.recorder()), day.plus(Duration.ofDays(i)).toString());
    }
    f.posts.forEach(p -> shown.add(p.factId()));
    assertThat(shown.subList(0, matching.size())).containsExactlyElementsOf(Rotation.order(s.id(), 0, matching));
    assertThat(shown.get(matching.size())).isIn(matching).isNotEqualTo(shown.get(matching.size() - 1));
  }

  @Test
  void crashMidFanOutLosesNothingAndDoublesNothing() throws Exception {
    for (int i = 0; i < 6; i++) {
      f.subscribe("chat" + i, "09:00", "Asia/Shanghai", "");
    }
    AtomicInteger calls = new AtomicInteger();
    PostSender crashesOnThird = post -> {
      if (calls.incrementAndGet() == 3) {
        throw new SimulatedCrash();
      }
      f.posts.add(post);
      return SendResult.sent();
    };
    DeliveryPass first = f.pass("first", crashesOnThird);
    try {
      f.runAt(first, "2026-03-01T01:00:00Z");
    } catch (SimulatedCrash expected) {
      // the process "died" here
    }
    assertThat(f.posts).hasSize(2);

    // Restart a minute later: the others go out; the in-flight claim waits for its lease.
    DeliveryPass second = f.pass("second", f.recorder());
    assertThat(f.runAt(second, "2026-03-01T01:01:00Z")).hasSize(3);
    assertThat(f.runAt(second, "2026-03-01T01:02:00Z")).isEmpty();
    // Lease (5 min) over: the crashed post is retried, with the fact it had claimed.
    assertThat(f.runAt(second, "2026-03-01T01:06:00Z")).hasSize(1);
    assertThat(f.runAt(second, "2026-03-01T01:30:00Z")).isEmpty();

    Set<String> chats = new HashSet<>();
    f.posts.forEach(p -> assertThat(chats.add(p.chatId())).as("double post to %s", p.chatId()).isTrue());
    assertThat(chats).hasSize(6);
  }

  @Test
  void permanentFailureStopsTheSubscription() throws Exception {
    Subscription blocked = f.subscribe("blocked", "09:00", "Asia/Shanghai", "");
    f.subscribe("fine", "09:00", "Asia/Shanghai", "");
    PostSender sender = post -> {
      if (post.chatId().equals("blocked")) {
        return SendResult.failedPermanently("Forbidden: bot was blocked by the user");
      }
      f.posts.add(post);
      return SendResult.sent();
    };
    DeliveryPass pass = f.pass("a", sender);
    assertThat(f.runAt(pass, "2026-03-01T01:00:00Z")).hasSize(1);
    assertThat(f.subscriptions.find(blocked.id()).orElseThrow().active()).isFalse();
    assertThat(f.runAt(pass, "2026-03-02T01:00:00Z")).extracting(DeliveryPass.Delivered::chat)
        .containsExactly("telegram:fine");
  }

  @Test
  void honoursRetryAfterAndSendsOnce() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    List<Instant> attempts = new ArrayList<>();
    PostSender limited = post -> {
      attempts.add(f.clock.instant());
      if (attempts.size() == 1) {
        return SendResult.retryAfter(Duration.ofSeconds(5));
      }
      f.posts.add(post);
      return SendResult.sent();
    };
    assertThat(f.runAt(f.pass("a", limited), "2026-03-01T01:00:00Z")).hasSize(1);
    assertThat(attempts).hasSize(2);
    assertThat(Duration.between(attempts.get(0), attempts.get(1))).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void longRetryAfterHandsThePostBackForALaterPass() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    AtomicInteger calls = new AtomicInteger();
    PostSender limited = post -> {
      if (calls.incrementAndGet() == 1) {
        return SendResult.retryAfter(Duration.ofMinutes(10));
      }
      f.posts.add(post);
      return SendResult.sent();
    };
    DeliveryPass pass = f.pass("a", limited);
    assertThat(f.runAt(pass, "2026-03-01T01:00:00Z")).isEmpty();
    assertThat(f.runAt(pass, "2026-03-01T01:05:00Z")).isEmpty();
    assertThat(f.runAt(pass, "2026-03-01T01:10:00Z")).hasSize(1);
  }

  @Test
  void transientFailureIsRetriedInALaterPass() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    AtomicInteger calls = new AtomicInteger();
    PostSender flaky = post -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("connection reset");
      }
      f.posts.add(post);
      return SendResult.sent();
    };
    DeliveryPass pass = f.pass("a", flaky);
    assertThat(f.runAt(pass, "2026-03-01T01:00:00Z")).isEmpty();
    assertThat(f.runAt(pass, "2026-03-01T01:02:00Z")).hasSize(1);
    assertThat(f.posts).hasSize(1);
  }

  @Test
  void fanOutToOneChatKeepsOneSecondApart() throws Exception {
    f.subscribe("group", "09:00", "Asia/Shanghai", "汽车");
    f.subscribe("group", "09:00", "Asia/Shanghai", "");
    f.subscribe("group", "09:00", "Asia/Shanghai", "非洲");
    List<Instant> times = new ArrayList<>();
    PostSender timed = post -> {
      times.add(f.clock.instant());
      return SendResult.sent();
    };
    assertThat(f.runAt(f.pass("a", timed), "2026-03-01T01:00:00Z")).hasSize(3);
    for (int i = 1; i < times.size(); i++) {
      assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void leavesOtherPlatformsToTheirOwnProcesses() throws Exception {
    f.subscriptions.subscribe(new NewSubscription("slack", "C1", null, null, "", tradebot.text.Lang.ENGLISH));
    assertThat(f.runAt(f.pass("a", f.recorder()), "2026-03-01T02:00:00Z")).isEmpty();
  }
}
