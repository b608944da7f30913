package tradebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.check.ClaimCheck;
import tradebot.format.AnswerJson;

/** Checks claims from the arguments, or one per line from stdin; plain text or JSON lines. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check claims against the sources: the arguments form one claim, or read one per line from stdin.")
public final class CheckCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON object per claim (claim, lang, verdict, text, facts).")
  boolean json;

  @Parameters(arity = "0..*", paramLabel = "CLAIM", description = "A claim; all arguments form one claim.")
  List<String> words;

  private final Wiring wiring;

  public CheckCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    Core core = wiring.core();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    AnswerJson answerJson = new AnswerJson(new ObjectMapper(), core.plainText());
    // one output per claim; from stdin one per line, blank lines included, so verdicts stay in order
    Stream<String> claims =
        words != null && !words.isEmpty()
            ? Stream.of(String.join(" ", words))
            : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines();
    claims.forEach(claim -> print(out, answerJson, core, claim));
    out.flush();
    return 0;
  }

  private void print(PrintStream out, AnswerJson answerJson, Core core, String claim) {
    ClaimCheck check = core.checker().check(claim);
    if (json) {
      out.println(answerJson.claimLine(claim, check.verdict().tag(), check.reply()));
    } else {
      out.println(core.plainText().render(check.reply()));
      out.println();
    }
  }
}
