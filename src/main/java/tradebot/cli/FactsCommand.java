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

  @Option(names = "--region", description = "Only this region, by id or name (hunan, 长沙, Changsha, changsha_ftz, ...).")
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
      if (region != null && !inRegion(core, i)) {
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

  /** The region by its id or by the name replies give it, in any of the three scripts. */
  private boolean inRegion(Core core, Indicator i) {
    if (i.region().equalsIgnoreCase(region.strip())) {
      return true;
    }
    for (tradebot.text.Lang lang : tradebot.text.Lang.values()) {
      String label = core.writer().label(i, lang);
      String place = label.substring(0, Math.max(0, label.indexOf(" · ")));
      if (place.equalsIgnoreCase(region.strip())) {
        return true;
      }
    }
    return false;
  }
}
