package tradebot.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tradebot.Core;
import tradebot.subscribe.Post;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.SendResult;

/**
 * Daily posts to Slack channels and DMs: the heading, the fact as {@link SlackRenderer} lays it
 * out, and how to ask more ({@code /trade start f_<id>}). One attempt per call, mapped to a {@link
 * SendResult}; the delivery pass does the pacing and retrying.
 */
public final class SlackPostSender implements PostSender, AutoCloseable {

  /**
   * Answers that mean this channel is gone for the bot (account_inactive: the app was uninstalled
   * or the workspace deleted, so no channel of it will take a post again); everything else may pass.
   */
  static final Set<String> CHANNEL_GONE =
      Set.of("channel_not_found", "not_in_channel", "is_archived", "channel_is_archived", "restricted_action",
          "account_inactive");

  /** Slack answers 429 with Retry-After; this is the wait when it leaves the header out. */
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final Slack slack;
  private final MethodsClient methods;
  private final SlackRenderer renderer;

  SlackPostSender(Slack slack, String botToken, SlackRenderer renderer) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
    this.renderer = renderer;
  }

  /** Needs only the bot token: posting works without Socket Mode or the HTTP endpoint running. */
  public static SlackPostSender create(SlackSettings settings, Core core) {
    if (settings.botToken() == null) {
      throw new IllegalStateException("Slack posts need SLACK_BOT_TOKEN");
    }
    return new SlackPostSender(SlackClients.slack(settings), settings.botToken(),
        new SlackRenderer(core.messages(), core.plainText(), SlackBot.SLASH_COMMAND));
  }

  @Override
  public SendResult send(Post post) {
    SlackMessage fact = renderer.render(post.reply());
    String askMore = post.askMoreLabel() + " `" + SlackBot.SLASH_COMMAND + " start " + post.startPayload() + "`";
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(SectionBlock.builder()
        .text(MarkdownTextObject.builder().text("*" + Mrkdwn.escape(post.heading()) + "*").build()).build());
    blocks.addAll(fact.blocks().subList(0, Math.min(fact.blocks().size(), SlackRenderer.MAX_BLOCKS - 2)));
    blocks.add(ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(Mrkdwn.escape(askMore)).build())).build());
    String text = Mrkdwn.truncate(Mrkdwn.escape(post.heading()) + "\n" + fact.text(), SlackRenderer.MAX_FALLBACK);
    try {
      ChatPostMessageResponse r =
          methods.chatPostMessage(req -> req.channel(post.chatId()).text(text).blocks(blocks));
      if (r.isOk()) {
        return new SendResult.Sent();
      }
      if (CHANNEL_GONE.contains(r.getError())) {
        return new SendResult.Permanent(r.getError());
      }
      return "ratelimited".equals(r.getError())
          ? new SendResult.RetryAfter(DEFAULT_RETRY_AFTER)
          : new SendResult.Transient(r.getError());
    } catch (SlackApiException e) {
      int code = e.getResponse().code();
      if (code == 429) {
        Duration wait = Retrying.retryAfter(e.getResponse().header("Retry-After"));
        return new SendResult.RetryAfter(wait == null ? DEFAULT_RETRY_AFTER : wait);
      }
      return new SendResult.Transient("HTTP " + code);
    } catch (IOException e) {
      return new SendResult.Transient(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  @Override
  public void close() throws Exception {
    slack.close();
  }
}
