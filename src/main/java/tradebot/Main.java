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
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, Main::commandList);
    return cli.execute(args);
  }

  /** The commands with their whole descriptions (picocli's own list shows a description's first line only). */
  private static String commandList(CommandLine.Help help) {
    if (help.subcommands().isEmpty()) {
      return "";
    }
    int nameWidth = 2 + help.subcommands().keySet().stream().mapToInt(String::length).max().orElse(10) + 2;
    int width = help.commandSpec().usageMessage().width();
    CommandLine.Help.TextTable table =
        CommandLine.Help.TextTable.forColumns(
            help.colorScheme(),
            new CommandLine.Help.Column(nameWidth, 2, CommandLine.Help.Column.Overflow.SPAN),
            new CommandLine.Help.Column(width - nameWidth, 1, CommandLine.Help.Column.Overflow.WRAP));
    help.subcommands().forEach(
        (name, sub) -> table.addRowValues(name, String.join(" ", sub.commandSpec().usageMessage().description())));
    return table.toString();
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
