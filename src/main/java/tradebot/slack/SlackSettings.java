package tradebot.slack;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * How to reach Slack: the tokens, the signing secret and where to listen. Built by {@code Wiring}
 * from the environment; {@link #toString()} masks every secret so the settings can be logged.
 *
 * @param apiUrl Web API base URL ending in "/", e.g. "https://slack.com/api/"; null for Slack's own
 */
public record SlackSettings(
    String botToken, String appToken, String signingSecret, InetSocketAddress listen, String apiUrl) {

  /** The path Slack posts events, commands and interactions to in HTTP mode. */
  public static final String EVENTS_PATH = "/slack/events";

  public static final int DEFAULT_PORT = 3000;

  /** Socket Mode needs no public URL; HTTP mode needs one and verifies Slack's signature. */
  public enum Mode {
    SOCKET,
    HTTP
  }

  public SlackSettings {
    botToken = blankToNull(botToken);
    appToken = blankToNull(appToken);
    signingSecret = blankToNull(signingSecret);
    apiUrl = blankToNull(apiUrl);
    if (apiUrl != null && !apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    if (listen == null) {
      listen = new InetSocketAddress(DEFAULT_PORT);
    }
  }

  /** Socket Mode when an app-level token is set, else HTTP mode; fails naming what is missing. */
  public Mode mode() {
    List<String> missing = new ArrayList<>();
    if (botToken == null) {
      missing.add("SLACK_BOT_TOKEN (xoxb-...)");
    }
    if (appToken == null && signingSecret == null) {
      missing.add("SLACK_APP_TOKEN (xapp-..., Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Slack is not configured: set " + String.join(" and ", missing));
    }
    return appToken != null ? Mode.SOCKET : Mode.HTTP;
  }

  @Override
  public String toString() {
    return "SlackSettings[botToken=" + mask(botToken) + ", appToken=" + mask(appToken)
        + ", signingSecret=" + mask(signingSecret) + ", listen=" + listen
        + ", apiUrl=" + (apiUrl == null ? "(Slack)" : apiUrl) + "]";
  }

  /** Shows only the token kind ("xoxb-…"), never a character of the secret part. */
  static String mask(String secret) {
    if (secret == null) {
      return "(unset)";
    }
    int dash = secret.indexOf('-');
    return (dash > 0 && dash <= 5 ? secret.substring(0, dash + 1) : "") + "****";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
