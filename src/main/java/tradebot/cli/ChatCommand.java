package tradebot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;
import tradebot.reply.Reply;
import tradebot.subscribe.ConsolePostSender;
import tradebot.subscribe.DailyPoster;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.PostText;
import tradebot.subscribe.SendResult;

/**
 * The terminal chat: the embedded default platform, needing no tokens. While it is open, the
 * terminal's daily posts ({@code /subscribe} here) are printed into it as they fall due.
 */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat with the bot in this terminal.")
public final class ChatCommand implements Callable<Integer> {

  private static final String PROMPT = "> ";

  private final Wiring wiring;

  public ChatCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    try (Wiring.RunningCore live = wiring.runningCore()) {
      return chat(live.core());
    }
  }

  private int chat(Core core) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String languageCode = Locale.getDefault().toLanguageTag();
    out.println(core.plainText().render(core.chat().handle(new Incoming("console", "local", "/start", languageCode))));
    out.println("(Ctrl-D to quit)");
    try (DailyPoster posts =
        wiring.dailyPoster(core, Map.of(ConsolePostSender.PLATFORM, wiring.consolePostChannel(printer(out, core))))) {
      posts.start();
      String line;
      while (true) {
        synchronized (out) {
          out.print(PROMPT);
          out.flush();
        }
        line = in.readLine();
        if (line == null) {
          break;
        }
        if (line.isBlank()) {
          continue;
        }
        Reply reply = core.chat().handle(new Incoming("console", "local", line, languageCode));
        synchronized (out) {
          out.println(core.plainText().render(reply));
          out.println();
        }
        if (line.strip().startsWith("/subscribe")) {
          posts.runSoon(); // a post already due today shows at once, not at the next pass
        }
      }
    }
    return 0;
  }

  /** A post arrives while the user may be typing: it goes on its own lines, then the prompt again. */
  private static PostSender printer(PrintStream out, Core core) {
    PostText text = new PostText(core.plainText());
    return post -> {
      synchronized (out) {
        out.println();
        out.println(text.plain(post));
        out.println();
        out.print(PROMPT);
        out.flush();
      }
      return SendResult.sent();
    };
  }
}
