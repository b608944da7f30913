package tradebot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.answer.Query;
import tradebot.format.AnswerJson;
import tradebot.reply.Reply;

/** Answers questions from the arguments, or one per line from stdin; plain text or JSON lines. */
@Command(
    name = "ask",
    mixinStandardHelpOptions = true,
    description =
        "Answer questions given as arguments, or read one per line from stdin (--dialogue: conversations).")
public final class AskCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print one JSON object per question (question, lang, answered, text, facts).")
  boolean json;

  @Option(
      names = "--dialogue",
      description =
          "Read conversations from stdin, separated by an empty line: each line is the next message of the"
              + " same person in the same chat; empty lines print nothing.")
  boolean dialogue;

  @Option(names = "--stats", description = "After answering, print the answer cache's statistics to stderr.")
  boolean stats;

  @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "A question; all arguments form one question.")
  List<String> words;

  private final Wiring wiring;

  public AskCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    Core core = wiring.core();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    AnswerJson answerJson = new AnswerJson(new ObjectMapper(), core.plainText());
    if (words != null && !words.isEmpty()) {
      print(out, answerJson, core, String.join(" ", words), "");
    } else {
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      int conversation = 1;
      while ((line = in.readLine()) != null) {
        if (dialogue && line.isBlank()) {
          conversation++; // an empty line ends a conversation and prints nothing
          continue;
        }
        // Every line gets exactly one output line, blank lines included, so answers stay in order.
        print(out, answerJson, core, line, dialogue ? "cli:dialogue-" + conversation : "");
      }
    }
    out.flush();
    if (stats) {
      System.err.println(core.cacheStats());
    }
    return 0;
  }

  private void print(PrintStream out, AnswerJson answerJson, Core core, String question, String conversation) {
    Reply reply = core.answerer().answer(new Query(question, conversation, null));
    if (json) {
      out.println(answerJson.line(question, reply));
    } else {
      out.println(core.plainText().render(reply));
      out.println();
    }
  }
}
