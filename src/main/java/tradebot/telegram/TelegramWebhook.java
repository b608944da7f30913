package tradebot.telegram;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * Webhook mode (read by Wiring from TELEGRAM_WEBHOOK_URL, _PORT, _SECRET): Telegram POSTs updates
 * to {@code publicUrl}, which a proxy forwards to {@code listen}, path {@value #PATH}; every
 * request must carry {@code secret} in the X-Telegram-Bot-Api-Secret-Token header.
 * {@link #toString()} hides the secret.
 */
public record TelegramWebhook(URI publicUrl, InetSocketAddress listen, String secret) {

  /** The path the bot listens on. */
  public static final String PATH = "/telegram";

  public static final int DEFAULT_PORT = 8443;

  public TelegramWebhook {
    Objects.requireNonNull(publicUrl, "publicUrl");
    Objects.requireNonNull(listen, "listen");
    if (!"https".equals(publicUrl.getScheme()) || publicUrl.getHost() == null) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL must be an https URL (Telegram calls only those), not: "
          + publicUrl);
    }
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException(
          "set TELEGRAM_WEBHOOK_SECRET (1-256 characters A-Z a-z 0-9 _ -) with TELEGRAM_WEBHOOK_URL");
    }
    if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
      throw new IllegalArgumentException(
          "TELEGRAM_WEBHOOK_SECRET may only hold 1-256 characters A-Z a-z 0-9 _ - (Telegram's rule)");
    }
  }

  /** @param url the public URL; {@code port} and {@code secret} may be null */
  public static TelegramWebhook of(String url, String port, String secret) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_URL is not a URL: " + url, e);
    }
    int p;
    try {
      p = port == null ? DEFAULT_PORT : Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_PORT must be a port number, not: " + port);
    }
    if (p < 0 || p > 65535) {
      throw new IllegalArgumentException("TELEGRAM_WEBHOOK_PORT must be between 0 and 65535, not: " + port);
    }
    return new TelegramWebhook(uri, new InetSocketAddress(p), secret == null ? null : secret.strip());
  }

  @Override
  public String toString() {
    return "TelegramWebhook[publicUrl=" + publicUrl + ", listen=" + listen + ", secret=***]";
  }
}
