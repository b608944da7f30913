package tradebot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tradebot.Wiring;
import tradebot.intent.Explanation;

/** Shows how a question is understood: slots and the best-scoring indicators. For data authors. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Show how a question is parsed and which indicators score best (for editing data).")
public final class ExplainCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "QUESTION")
  List<String> words;

  private final Wiring wiring;

  public ExplainCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() {
    Explanation explanation = wiring.explanation();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(explanation.explain(String.join(" ", words), 8));
    return 0;
  }
}
