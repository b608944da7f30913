package tradebot.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The offset in a one-line text file, replaced atomically (write a sibling, then move) so a crash
 * mid-write leaves the old value, never half a number.
 */
public final class FileUpdateOffsetStore implements UpdateOffsetStore {

  private final Path file;

  public FileUpdateOffsetStore(Path file) {
    this.file = file.toAbsolutePath();
  }

  @Override
  public synchronized long load() {
    if (!Files.exists(file)) {
      return 0;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Telegram update offset from " + file, e);
    }
    try {
      return text.isEmpty() ? 0 : Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "the Telegram update offset file " + file + " should hold one number, not: " + text, e);
    }
  }

  @Override
  public synchronized void save(long lastHandledUpdateId) {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(tmp, Long.toString(lastHandledUpdateId) + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the Telegram update offset to " + file, e);
    }
  }
}
