package tradebot.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tradebot.extract.Article;

/** An article's id comes from its text (headline and body): the same text always has the same id. */
public final class ArticleIds {

  private ArticleIds() {}

  /** "a" and 12 hex digits of the SHA-256 of headline and body. */
  public static String of(Article article) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((article.title().strip() + "\n\n" + article.body().strip()).getBytes(StandardCharsets.UTF_8));
      return "a" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
