package tradebot.slack;

/** What the Slack adapter makes of incoming text, for tests in other packages (it is package-private here). */
public final class SlackInput {

  private SlackInput() {}

  /** Slack's escaped text (mentions, links, entities) turned into the text the core is asked. */
  public static String toCoreText(String slackText) {
    return SlackText.toCoreText(slackText);
  }

  /** The language an option button's block id says, as a click is answered. */
  public static String optionLanguage(String blockId) {
    return SlackRenderer.optionLang(blockId).tag();
  }
}
