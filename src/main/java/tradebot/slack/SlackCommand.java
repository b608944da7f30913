package tradebot.slack;

import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Server;
import tradebot.Wiring;

/** {@code tradebot slack}: runs the Slack app and its daily posts until the process is stopped. */
@Command(
    name = "slack",
    mixinStandardHelpOptions = true,
    description = {
      "Run the Slack app: Socket Mode with SLACK_APP_TOKEN and SLACK_BOT_TOKEN,",
      "or HTTP mode with SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN on SLACK_PORT (default 3000), path /slack/events."
    })
public final class SlackCommand implements Callable<Integer> {

  @Option(names = "--manifest", description = "Print the Slack app manifest (config/slack-app-manifest.yml) and exit.")
  boolean manifest;

  private final Wiring wiring;

  public SlackCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    if (manifest) {
      System.out.print(SlackManifest.yaml());
      return 0;
    }
    try {
      wiring.slackSettings().mode(); // a missing variable is reported before the data is loaded
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("tradebot: " + e.getMessage());
      return 2;
    }
    // The app and the daily posts to Slack channels; Telegram only with `telegram` or `serve`.
    return Server.run(wiring, EnumSet.of(Server.Platform.SLACK), System.out, System.err);
  }
}
