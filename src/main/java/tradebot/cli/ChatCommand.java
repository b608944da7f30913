package tradebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;

/** The terminal chat: the embedded default platform, needing no tokens. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in this terminal.")
public final class ChatCommand implements Callable<Integer> {

  private final Wiring wiring;

  public ChatCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    Core core = wiring.core();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String languageCode = Locale.getDefault().toLanguageTag();
    out.println(core.plainText().render(core.chat().handle(new Incoming("console", "local", "/start", languageCode))));
    out.println("(Ctrl-D to quit)");
    String line;
    while (true) {
      out.print("> ");
      out.flush();
      line = in.readLine();
      if (line == null) {
        break;
      }
      if (line.isBlank()) {
        continue;
      }
      Reply reply = core.chat().handle(new Incoming("console", "local", line, languageCode));
      out.println(core.plainText().render(reply));
      out.println();
    }
    return 0;
  }
}
