package tradebot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.store.Indicator;

/** Lists the indicators the bot knows, optionally filtered. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List the indicators the bot knows.")
public final class FactsCommand implements Callable<Integer> {

  @Option(names = "--region", description = "Only this region (hunan, changsha, changsha_ftz, ...).")
  String region;

  @Option(names = "--grep", description = "Only indicators whose id, metric or sentence contains this text.")
  String grep;

  private final Wiring wiring;

  public FactsCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() {
    Core core = wiring.core();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int n = 0;
    for (Indicator i : core.store().indicators()) {
      if (region != null && !i.region().equals(region)) {
        continue;
      }
      if (grep != null) {
        String g = grep.toLowerCase(Locale.ROOT);
        String hay = (i.id() + " " + i.metricZh() + " " + i.metricEn() + " " + i.sentence()).toLowerCase(Locale.ROOT);
        if (!hay.contains(g)) {
          continue;
        }
      }
      out.printf("%-52s %-12s %-9s %s%s%s%n", i.id(), i.region(), i.period(), i.value(), i.unit(),
          i.hasGrowth() ? " (" + i.growth() + ")" : "");
      n++;
    }
    out.println(n + " indicators");
    return 0;
  }
}
