package tradebot.subscribe;

import tradebot.format.PlainTextRenderer;

/** A post as plain text: heading, the fact as the core renders it, and the ask-more line. */
public final class PostText {

  private final PlainTextRenderer renderer;

  public PostText(PlainTextRenderer renderer) {
    this.renderer = renderer;
  }

  public String plain(Post post) {
    return post.heading()
        + "\n\n"
        + renderer.render(post.reply())
        + "\n\n"
        + post.askMoreLabel()
        + " /start "
        + post.startPayload();
  }
}
