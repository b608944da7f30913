package tradebot.ops;

import tradebot.subscribe.Post;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.SendResult;

/** A platform's post sender that counts each result in {@link Metrics} ({@code tradebot_posts_total}). */
public record CountedPosts(String platform, PostSender sender, Metrics metrics) implements PostSender {

  @Override
  public SendResult send(Post post) {
    SendResult result = sender.send(post);
    String outcome;
    if (result instanceof SendResult.Sent) {
      outcome = "sent";
    } else if (result instanceof SendResult.Permanent) {
      outcome = "failed";
    } else {
      outcome = "retry";
    }
    metrics.post(platform, outcome);
    return result;
  }
}
