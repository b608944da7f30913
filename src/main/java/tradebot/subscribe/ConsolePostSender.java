package tradebot.subscribe;

import java.io.PrintStream;

/** The terminal's platform ("console"): prints the post as plain text. */
public final class ConsolePostSender implements PostSender {

  public static final String PLATFORM = "console";

  private final PrintStream out;
  private final PostText text;

  public ConsolePostSender(PrintStream out, PostText text) {
    this.out = out;
    this.text = text;
  }

  @Override
  public SendResult send(Post post) {
    out.println(text.plain(post));
    out.println();
    out.flush();
    return SendResult.sent();
  }
}
