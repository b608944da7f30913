package tradebot;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import tradebot.cli.ArticlesCommand;
import tradebot.cli.AskCommand;
import tradebot.cli.ChatCommand;
import tradebot.cli.CheckCommand;
import tradebot.cli.ExplainCommand;
import tradebot.cli.FactsCommand;
import tradebot.cli.IngestCommand;
import tradebot.cli.ServeCommand;
import tradebot.slack.SlackCommand;
import tradebot.store.DataException;
import tradebot.subscribe.DeliverCommand;
import tradebot.subscribe.StorageException;
import tradebot.subscribe.SubscriptionsCommand;
import tradebot.telegram.TelegramCommand;

/**
 * Entry point. With no command: every platform whose tokens are set (as {@code serve}), or, with
 * none set, the terminal chat (the embedded default, no tokens needed).
 */
@Command(
    name = "tradebot",
    mixinStandardHelpOptions = true,
    version = "tradebot 0.1.0",
    description = "Answers questions about Hunan's and Changsha's foreign trade, quoting the source sentence.",
    subcommands = {
      ChatCommand.class, ServeCommand.class, AskCommand.class, CheckCommand.class, FactsCommand.class, ExplainCommand.class,
      TelegramCommand.class, SubscriptionsCommand.class, DeliverCommand.class, SlackCommand.class,
      IngestCommand.class, ArticlesCommand.class
    })
public final class Main implements Callable<Integer> {

  private final Wiring wiring;

  Main(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    return wiring.configuredPlatforms().isEmpty() ? new ChatCommand(wiring).call() : new ServeCommand(wiring).call();
  }

  public static void main(String[] args) {
    Wiring wiring = new Wiring(System.getenv());
    try {
      wiring.logSettings().apply();
    } catch (IllegalArgumentException e) {
      System.err.println("tradebot: " + e.getMessage());
      System.exit(2);
    }
    System.exit(run(wiring, args));
  }

  static int run(Wiring wiring, String[] args) {
    CommandLine cli = new CommandLine(new Main(wiring), new WiringFactory(wiring));
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof DataException) {
            commandLine.getErr().println("tradebot: bad data: " + ex.getMessage());
            return 2;
          }
          if (ex instanceof StorageException) {
            commandLine.getErr().println("tradebot: database unavailable: " + ex.getMessage());
            return 3;
          }
          throw ex;
        });
    return cli.execute(args);
  }

  /** Lets picocli build commands that take the wiring in their constructor. */
  private record WiringFactory(Wiring wiring) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      try {
        return cls.getDeclaredConstructor(Wiring.class).newInstance(wiring);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(cls);
      }
    }
  }
}
