package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileUpdateOffsetStoreTest {

  @TempDir Path dir;

  @Test
  void startsAtZeroAndRemembersWhatWasSaved() {
    Path file = dir.resolve("state/telegram-offset");
    assertThat(new FileUpdateOffsetStore(file).load()).isZero();
    new FileUpdateOffsetStore(file).save(815_000_123L);
    assertThat(new FileUpdateOffsetStore(file).load()).isEqualTo(815_000_123L);
    assertThat(dir.resolve("state")).isDirectoryNotContaining("glob:**.tmp");
  }

  @Test
  void namesTheFileWhenItHoldsSomethingElse() throws Exception {
    Path file = dir.resolve("telegram-offset");
    Files.writeString(file, "not a number");
    assertThatThrownBy(() -> new FileUpdateOffsetStore(file).load())
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not a number");
  }
}
