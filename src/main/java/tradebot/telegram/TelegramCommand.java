package tradebot.telegram;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Server;
import tradebot.Wiring;

/** {@code tradebot telegram}: runs the Telegram bot and its daily posts until the process is stopped. */
@Command(
    name = "telegram",
    mixinStandardHelpOptions = true,
    description = "Run the Telegram bot (long polling) and its daily posts. Needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL is optional.")
public final class TelegramCommand implements Callable<Integer> {

  @Option(
      names = "--botfather-commands",
      description = "Print the command list in BotFather's /setcommands format and exit.")
  boolean botFatherCommands;

  private final Wiring wiring;

  public TelegramCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (botFatherCommands) {
      out.print(CommandMenus.botFatherText());
      return 0;
    }
    Optional<TelegramSettings> settings = wiring.telegramSettings();
    if (settings.isEmpty()) {
      System.err.println("tradebot: set TELEGRAM_BOT_TOKEN (from BotFather) to run the Telegram bot");
      return 2;
    }
    // The bot and the daily posts to Telegram chats; Slack only with the `slack` or `serve` command.
    return Server.run(wiring, EnumSet.of(Server.Platform.TELEGRAM), out, new PrintStream(System.err, true, StandardCharsets.UTF_8));
  }
}
