package tradebot.telegram;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Core;
import tradebot.Wiring;

/** {@code tradebot telegram}: runs the Telegram bot until the process is stopped. */
@Command(
    name = "telegram",
    mixinStandardHelpOptions = true,
    description = "Run the Telegram bot (long polling). Needs TELEGRAM_BOT_TOKEN; TELEGRAM_API_URL is optional.")
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
    Core core = wiring.core();
    CountDownLatch stopped = new CountDownLatch(1);
    try (TelegramBot bot = wiring.telegramBot(settings.get(), core)) {
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    bot.close();
                    stopped.countDown();
                  },
                  "telegram-shutdown"));
      try {
        bot.start();
      } catch (DeliveryException e) {
        System.err.println("tradebot: Telegram: " + e.getMessage());
        return 1;
      }
      out.println("Telegram bot @" + bot.username() + " is running; stop with Ctrl-C.");
      stopped.await();
    }
    return 0;
  }
}
