package tradebot.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.command.BotCommand;
import tradebot.command.Commands;

/** Turns what Slack sends into the text the core understands. */
final class SlackText {

  /** User and group mentions ({@code <@U123>}, {@code <!here>}) are addressing, not question. */
  private static final Pattern MENTION = Pattern.compile("<[@!][^>]*>");
  /** "/trade start f_<id>", the ask-more line of a daily post, opens that fact. */
  private static final Pattern START_PAYLOAD = Pattern.compile("(?i)start\\s+(f_[a-z0-9_]+)");
  /** Links arrive as {@code <url|label>} or {@code <url>}; keep what the user sees. */
  private static final Pattern LINK = Pattern.compile("<([^>|]*)\\|([^>]*)>|<([^>]*)>");

  private SlackText() {}

  /** Mentions removed, links shown as their label, entities unescaped. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    String t = MENTION.matcher(text).replaceAll(" ");
    t = LINK.matcher(t).replaceAll(r -> Matcher.quoteReplacement(
        r.group(2) != null ? r.group(2) : r.group(3)));
    return Mrkdwn.unescape(t).strip();
  }

  /**
   * What "/trade TEXT" (or a mention or direct message saying TEXT) asks the core: empty text is
   * /help; a first word naming a command becomes that command ("subscribe 08:30" is /subscribe),
   * but only for commands that take arguments or when the word stands alone, so a question that
   * happens to start with "help" or "fact" stays a question.
   */
  static String toCoreText(String text) {
    String t = clean(text);
    if (t.isEmpty()) {
      return "/help";
    }
    if (t.startsWith("/")) {
      return t;
    }
    Matcher start = START_PAYLOAD.matcher(t);
    if (start.matches()) {
      return "/start " + start.group(1);
    }
    int space = t.indexOf(' ');
    String first = (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
    Optional<BotCommand> command = Commands.find(first);
    if (command.isPresent() && (space < 0 || !command.get().arguments().isEmpty())) {
      return "/" + first + (space < 0 ? "" : t.substring(space));
    }
    return t;
  }
}
