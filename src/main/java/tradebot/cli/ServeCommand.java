package tradebot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import tradebot.Server;
import tradebot.Wiring;

/** {@code tradebot serve}: every platform whose tokens are set, plus their daily posts, in one process. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run every platform whose tokens are set (TELEGRAM_BOT_TOKEN; SLACK_BOT_TOKEN with SLACK_APP_TOKEN or",
      "SLACK_SIGNING_SECRET) and the daily posts for their subscriptions, until stopped (Ctrl-C, SIGTERM)."
    })
public final class ServeCommand implements Callable<Integer> {

  private final Wiring wiring;

  public ServeCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Set<Server.Platform> platforms = wiring.configuredPlatforms();
    if (platforms.isEmpty()) {
      err.println("tradebot: nothing to serve: set TELEGRAM_BOT_TOKEN and/or SLACK_BOT_TOKEN (see README);"
          + " 'tradebot chat' talks in this terminal");
      return 2;
    }
    return Server.run(wiring, platforms, out, err);
  }
}
