package tradebot.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The running extractor's version: a digest of its code (the extract, store and text packages) and
 * of the data it reads (the packaged data/, or the data directory in use). Any change to either
 * gives another version, so stored articles are extracted again once, by the improved extractor;
 * nobody has to remember to bump a number.
 */
public final class ExtractorVersion {

  private static final List<String> CODE = List.of("tradebot/extract/", "tradebot/store/", "tradebot/text/");
  private static final String DATA = "data/";

  private ExtractorVersion() {}

  /**
   * @param anchor a class of the extractor, to find the jar or class directory it was loaded from
   * @param dataDir the data directory in use instead of the packaged data, or null
   */
  public static String of(Class<?> anchor, Path dataDir) {
    Map<String, String> parts = new TreeMap<>();
    try {
      Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(code)) {
        for (String prefix : CODE) {
          walk(code.resolve(prefix), prefix, parts);
        }
        if (dataDir == null) {
          walk(code.resolve(DATA), DATA, parts);
        }
      } else {
        try (ZipFile jar = new ZipFile(code.toFile())) {
          jar.stream()
              .filter(e -> !e.isDirectory())
              .filter(e -> CODE.stream().anyMatch(e.getName()::startsWith) || (dataDir == null && e.getName().startsWith(DATA)))
              .forEach(e -> parts.put(e.getName(), crc(e)));
        }
      }
      if (dataDir != null) {
        walk(dataDir, DATA, parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the extractor's code or data to version it", e);
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot find the extractor's code to version it: " + e.getMessage(), e);
    }
    return "x" + digest(parts);
  }

  private static String crc(ZipEntry e) {
    return Long.toHexString(e.getCrc()) + ":" + e.getSize();
  }

  private static void walk(Path root, String prefix, Map<String, String> parts) throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        parts.put(prefix + root.relativize(f).toString().replace('\\', '/'), digest(Files.readAllBytes(f)));
      }
    }
  }

  private static String digest(Map<String, String> parts) {
    StringBuilder all = new StringBuilder();
    parts.forEach((name, hash) -> all.append(name).append('=').append(hash).append('\n'));
    return digest(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
