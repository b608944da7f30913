package tradebot.telegram;

import java.net.URI;
import java.util.Objects;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * What the Telegram adapter needs from the environment (read by Wiring): the bot token and the Bot
 * API server (the public one unless a local Bot API server or a test fake is named).
 * {@link #toString()} masks the token.
 */
public record TelegramSettings(String token, URI apiUrl) {

  public static final URI PUBLIC_API = URI.create("https://api.telegram.org");

  public TelegramSettings {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(apiUrl, "apiUrl");
    if (token.isBlank() || token.chars().anyMatch(Character::isWhitespace) || token.contains("/")) {
      throw new IllegalArgumentException(
          "TELEGRAM_BOT_TOKEN does not look like a bot token (expected <bot id>:<secret>, from BotFather)");
    }
    String scheme = apiUrl.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme)) || apiUrl.getHost() == null) {
      throw new IllegalArgumentException("TELEGRAM_API_URL must be an http(s) URL with a host, not: " + apiUrl);
    }
    String path = apiUrl.getPath();
    if (path != null && !path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException(
          "TELEGRAM_API_URL must be the server's root (telegrambots adds /bot<token>/<method>), not: " + apiUrl);
    }
  }

  /** @param apiUrl null or blank for the public Bot API */
  public static TelegramSettings of(String token, String apiUrl) {
    URI uri;
    try {
      uri = apiUrl == null || apiUrl.isBlank() ? PUBLIC_API : URI.create(apiUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL: " + apiUrl, e);
    }
    return new TelegramSettings(token.strip(), uri);
  }

  TelegramUrl telegramUrl() {
    boolean https = "https".equals(apiUrl.getScheme());
    int port = apiUrl.getPort() > 0 ? apiUrl.getPort() : https ? 443 : 80;
    return new TelegramUrl(apiUrl.getScheme(), apiUrl.getHost(), port, false);
  }

  TokenMask mask() {
    return new TokenMask(token);
  }

  @Override
  public String toString() {
    return "TelegramSettings[token=" + mask().masked() + ", apiUrl=" + apiUrl + "]";
  }
}
