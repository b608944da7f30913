package tradebot.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where data files are read from: a directory on disk when one is configured (editing data needs no
 * rebuild), otherwise the copy packaged in the jar.
 */
public interface DataLocation {

  /** Opens a file by its path relative to the data root, e.g. {@code indicators/hunan-2025.json}. */
  InputStream open(String relativePath) throws IOException;

  /** Describes a file for error messages. */
  String describe(String relativePath);

  static DataLocation directory(Path root) {
    return new DataLocation() {
      @Override
      public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(root.resolve(relativePath));
      }

      @Override
      public String describe(String relativePath) {
        return root.resolve(relativePath).toString();
      }
    };
  }

  static DataLocation classpath() {
    return new DataLocation() {
      @Override
      public InputStream open(String relativePath) throws IOException {
        InputStream in = DataLocation.class.getResourceAsStream("/data/" + relativePath);
        if (in == null) {
          throw new NoSuchFileException("classpath:/data/" + relativePath);
        }
        return in;
      }

      @Override
      public String describe(String relativePath) {
        return "classpath:/data/" + relativePath;
      }
    };
  }
}
