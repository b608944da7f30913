package tradebot.slack;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Core;
import tradebot.Wiring;

/** {@code tradebot slack}: runs the Slack app until the process is stopped. */
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
    SlackSettings settings;
    try {
      settings = wiring.slackSettings();
      settings.mode(); // a missing variable is reported before the data is loaded
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("tradebot: " + e.getMessage());
      return 2;
    }
    Core core = wiring.core();
    SlackBot bot = wiring.slackBot(settings, core);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        bot.close();
      } catch (Exception e) {
        System.err.println("tradebot: stopping Slack: " + e);
      } finally {
        stopped.countDown();
      }
    }, "slack-shutdown"));
    try {
      bot.start();
    } catch (IllegalArgumentException e) {
      // Bolt's auth.test check: "The token is invalid (auth.test error: invalid_auth)"
      System.err.println("tradebot: Slack: " + e.getMessage());
      return 2;
    }
    stopped.await();
    return 0;
  }
}
