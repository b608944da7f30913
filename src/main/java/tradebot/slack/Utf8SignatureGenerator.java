package tradebot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's v0 request signature over the UTF-8 bytes of the body. Bolt's own generator uses the
 * platform charset, which on Java 17 without a UTF-8 locale (a bare container, a systemd unit) is
 * ASCII: every event with a Chinese character would then fail verification.
 */
final class Utf8SignatureGenerator extends SlackSignature.Generator {

  private final SecretKeySpec key;

  Utf8SignatureGenerator(String signingSecret) {
    super(signingSecret);
    this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), SlackSignature.ALGORITHM);
  }

  @Override
  public String generate(String timestamp, String body) {
    if (timestamp == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance(SlackSignature.ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
