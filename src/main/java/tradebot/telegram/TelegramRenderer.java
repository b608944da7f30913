package tradebot.telegram;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tradebot.reply.Evidence;
import tradebot.reply.Messages;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Lays a core {@link Reply} out for Telegram's HTML parse mode: every piece of text escaped, the
 * headline bold, the source sentence as a blockquote, the citation in italics; options become
 * buttons; answers get a share button with a deep link that opens the fact. Like the plain-text
 * renderer it adds no content, and facts quoted from the same sentence share one quote.
 */
final class TelegramRenderer {

  /** Telegram's limit for one message's text. */
  static final int MESSAGE_LIMIT = 4096;

  private final Messages messages;
  private final TelegramMessages own;
  private final String botUsername;
  private final MessagePacker packer;

  TelegramRenderer(Messages messages, TelegramMessages own, String botUsername, int limit) {
    this.messages = messages;
    this.own = own;
    this.botUsername = botUsername;
    this.packer = new MessagePacker(limit);
  }

  List<OutgoingMessage> render(Reply reply) {
    return messages(blocks(reply, ""), buttons(reply));
  }

  /**
   * A daily post: the heading in bold above the fact, and under it a button that opens the fact in
   * a private chat with the bot ({@code t.me/<bot>?start=<payload>}) next to the share button.
   * Without a usable deep link the invitation is a {@code /start <payload>} line instead.
   */
  List<OutgoingMessage> renderPost(String heading, Reply reply, String askMoreLabel, String startPayload) {
    List<List<MessagePacker.Line>> blocks = new ArrayList<>();
    blocks.add(List.of(new MessagePacker.Line("", "b", heading.strip())));
    blocks.addAll(blocks(reply, "\n\n"));
    List<Button> buttons = new ArrayList<>();
    Optional<String> askMore = startLink(startPayload);
    if (askMore.isPresent()) {
      buttons.add(Button.link(askMoreLabel, askMore.get()));
    } else {
      blocks.add(List.of(new MessagePacker.Line("\n\n", "", askMoreLabel + " /start " + startPayload)));
    }
    buttons.addAll(buttons(reply));
    return messages(blocks, buttons);
  }

  private List<OutgoingMessage> messages(List<List<MessagePacker.Line>> blocks, List<Button> buttons) {
    List<String> parts = packer.pack(blocks);
    if (parts.isEmpty()) {
      // The core always says something; this only guards against sending Telegram an empty text.
      parts = List.of("…");
    }
    List<OutgoingMessage> out = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      out.add(new OutgoingMessage(parts.get(i), last ? buttons : List.of()));
    }
    return out;
  }

  /** The lead text as one block, then one block per quoted sentence with its headlines and source. */
  private List<List<MessagePacker.Line>> blocks(Reply reply, String leadSeparator) {
    List<List<MessagePacker.Line>> blocks = new ArrayList<>();
    if (!reply.text().isBlank()) {
      blocks.add(List.of(new MessagePacker.Line(leadSeparator, "", reply.text().strip())));
    }
    List<Evidence> evidence = reply.evidence();
    List<MessagePacker.Line> block = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      block.add(new MessagePacker.Line(block.isEmpty() ? "\n\n" : "\n", "b", e.headline()));
      boolean sentenceFollows = i + 1 < evidence.size() && sameSentence(e, evidence.get(i + 1));
      if (!sentenceFollows) {
        block.add(new MessagePacker.Line("\n", "blockquote", e.sentence()));
        block.add(new MessagePacker.Line("\n", "i", source(reply.lang(), e)));
        blocks.add(block);
        block = new ArrayList<>();
      }
    }
    return blocks;
  }

  private List<Button> buttons(Reply reply) {
    List<Button> buttons = new ArrayList<>();
    for (Option option : reply.options()) {
      CallbackData.encode(option.indicatorId(), reply.lang())
          .ifPresent(data -> buttons.add(Button.callback(option.label(), data)));
    }
    if (reply.answered()) {
      shareLink(reply.evidence().get(0).indicator().id())
          .ifPresent(url -> buttons.add(Button.link(own.get(reply.lang(), "button.share"), url)));
    }
    return buttons;
  }

  /**
   * Telegram's share dialog carrying the deep link {@code https://t.me/<bot>?start=f_<id>}; whoever
   * opens the link gets the fact from the bot. Start payloads allow 64 characters of [A-Za-z0-9_-].
   */
  Optional<String> shareLink(String indicatorId) {
    return startLink("f_" + indicatorId)
        .map(deepLink -> "https://t.me/share/url?url=" + URLEncoder.encode(deepLink, StandardCharsets.UTF_8));
  }

  String deepLink(String indicatorId) {
    return "https://t.me/" + botUsername + "?start=f_" + indicatorId;
  }

  /** {@code https://t.me/<bot>?start=<payload>}, when the bot's name is known and the payload valid. */
  private Optional<String> startLink(String payload) {
    if (botUsername.isEmpty() || payload.length() > 64 || !payload.matches("[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    return Optional.of("https://t.me/" + botUsername + "?start=" + payload);
  }

  private String source(Lang lang, Evidence e) {
    return messages.get(lang, "label.source") + (lang == Lang.ENGLISH ? ": " : "：") + e.citation();
  }

  private static boolean sameSentence(Evidence a, Evidence b) {
    return a.sentence().equals(b.sentence());
  }
}
