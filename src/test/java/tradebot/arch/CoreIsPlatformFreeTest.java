package tradebot.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core (text to intent to answer) knows nothing of Telegram or Slack, reads no environment
 * variables, and every package says what it is for.
 */
class CoreIsPlatformFreeTest {
  private static final Path MAIN = Path.of("src/main/java/tradebot");
  private static final List<String> CORE =
      List.of("text", "store", "intent", "answer", "reply", "format", "chat", "command", "check");

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  @Test
  void corePackagesImportNoPlatformTypes() throws IOException {
    for (String pkg : CORE) {
      for (Path file : javaFiles(MAIN.resolve(pkg))) {
        String source = Files.readString(file);
        assertThat(source).as(file.toString()).doesNotContain("org.telegram").doesNotContain("com.slack");
      }
    }
  }

  @Test
  void onlyTheWiringReadsTheEnvironment() throws IOException {
    for (Path file : javaFiles(MAIN)) {
      if (file.endsWith("Main.java")) {
        continue; // hands System.getenv() to Wiring, reads nothing itself
      }
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("System.getenv");
    }
  }

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      for (Path dir : dirs.filter(Files::isDirectory).filter(d -> !d.equals(MAIN)).toList()) {
        assertThat(dir.resolve("package-info.java")).as(dir.toString()).exists();
      }
    }
  }
}
