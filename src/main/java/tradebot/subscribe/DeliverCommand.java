package tradebot.subscribe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tradebot.Core;
import tradebot.Wiring;

/**
 * {@code deliver --at INSTANT}: one delivery pass as of that instant, for cron-style deployments
 * and tests. Prints one JSON line per post sent; console posts are sent by being printed so.
 */
@Command(name = "deliver", mixinStandardHelpOptions = true,
    description = "Send the daily posts due at an instant (one pass), printing one JSON line per post.")
public final class DeliverCommand implements Callable<Integer> {

  @Option(names = "--at", description = "ISO instant, e.g. 2026-03-01T01:00:00Z (default: now).")
  String at;

  private final Wiring wiring;

  public DeliverCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws InterruptedException {
    Instant instant;
    try {
      instant = at == null ? wiring.clock().instant() : Instant.parse(at);
    } catch (DateTimeParseException e) {
      new PrintStream(System.err, true, StandardCharsets.UTF_8)
          .println("tradebot: --at must be an ISO instant such as 2026-03-01T01:00:00Z, not " + at);
      return 2;
    }
    wiring.database(); // needed for every post: unavailable, the command stops here with one line
    Core core = wiring.core();
    DeliveryPass pass = wiring.deliveryPass(core, wiring.postChannels(core, post -> SendResult.sent()));
    // autoflush, and one println per post: a run killed half-way has printed every post it sent
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    pass.run(instant, () -> false, d -> out.println(jsonLine(json, d)));
    return 0;
  }

  private static String jsonLine(ObjectMapper json, DeliveryPass.Delivered d) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("subscription", d.subscription());
    line.put("chat", d.chat());
    line.put("date", d.date().toString());
    line.put("fact", d.fact());
    line.put("text", d.text());
    try {
      return json.writeValueAsString(line);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a post could not be written as JSON", e);
    }
  }
}
