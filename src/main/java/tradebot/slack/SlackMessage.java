package tradebot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/**
 * A reply laid out for Slack: Block Kit blocks plus the plain fallback text Slack shows in
 * notifications. {@code shareable} says whether it states figures worth showing the whole channel.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks, boolean shareable) {

  public SlackMessage {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
  }
}
