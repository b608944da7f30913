package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DailyPosterTest {

  @TempDir Path dir;
  private Fixture f;

  @BeforeEach
  void open() {
    f = Fixture.sqlite(dir, "2026-03-01T02:00:00Z");
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void postsWhatIsDueAsSoonAsItStarts() throws Exception {
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    CountDownLatch posted = new CountDownLatch(1);
    PostSender sender = post -> {
      f.posts.add(post);
      posted.countDown();
      return SendResult.sent();
    };
    try (DailyPoster poster = DailyPoster.onOwnThread(f.pass("a", sender), f.clock, Duration.ofHours(1))) {
      poster.start();
      assertThat(posted.await(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(f.posts).hasSize(1);
  }

  @Test
  void aStoppedPassFinishesThePostInHandAndLeavesTheRestForTheNextPass() throws Exception {
    for (String chat : new String[] {"1", "2", "3"}) {
      f.subscribe(chat, "09:00", "Asia/Shanghai", "");
    }
    AtomicBoolean stop = new AtomicBoolean();
    PostSender stopAfterFirst = post -> {
      f.posts.add(post);
      stop.set(true); // as if the process were asked to stop while this post was going out
      return SendResult.sent();
    };
    assertThat(f.pass("a", stopAfterFirst).run(f.clock.instant(), stop::get)).hasSize(1);

    assertThat(f.pass("b", f.recorder()).run(f.clock.instant())).as("the first was marked sent").hasSize(2);
    assertThat(f.posts).extracting(Post::chatId).containsExactlyInAnyOrder("1", "2", "3");
  }

  @Test
  void noPassRunsAfterClose() throws Exception {
    PostSender sender = f.recorder();
    DailyPoster poster = DailyPoster.onOwnThread(f.pass("a", sender), f.clock, Duration.ofMillis(10));
    poster.start();
    poster.close();
    f.subscribe("100", "09:00", "Asia/Shanghai", "");
    // A running poster would pick this up within 10 ms; a closed one never does. The pass that
    // would do it is run here instead, proving the post was still there to be sent.
    assertThat(f.pass("b", sender).run(f.clock.instant())).hasSize(1);
  }
}
