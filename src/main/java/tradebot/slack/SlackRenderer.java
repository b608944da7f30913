package tradebot.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tradebot.command.BotCommand;
import tradebot.command.Commands;
import tradebot.format.PlainTextRenderer;
import tradebot.reply.Evidence;
import tradebot.reply.Messages;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Lays a core {@link Reply} out in Block Kit: the lead text, each fact's headline with its source
 * sentence quoted and the source in a context block, and a button per option. It adds no content;
 * the only rewording is the command spelling, since on Slack "/topics" is typed "/trade topics".
 */
public final class SlackRenderer {

  /** Slack's limits: a section's text, blocks per message, buttons per actions block. */
  static final int MAX_SECTION = 3000;
  static final int MAX_BLOCKS = 50;
  static final int MAX_BUTTONS = 25;
  static final int MAX_BUTTON_TEXT = 75;
  /** Fallback text is for notifications and old clients; Slack advises staying under 4,000. */
  static final int MAX_FALLBACK = 3000;

  static final String OPTION_ACTION_PREFIX = "tradebot_option_";
  static final String OPTION_BLOCK_PREFIX = "tradebot_options_";

  private final Messages messages;
  private final PlainTextRenderer plainText;
  private final String slashCommand;
  private final Pattern commandMention;

  public SlackRenderer(Messages messages, PlainTextRenderer plainText, String slashCommand) {
    this.messages = messages;
    this.plainText = plainText;
    this.slashCommand = slashCommand;
    StringBuilder names = new StringBuilder();
    for (BotCommand c : Commands.all()) {
      names.append(names.length() == 0 ? "" : "|").append(c.name());
    }
    this.commandMention = Pattern.compile("(?<![\\w/.:])/(" + names + ")(?![\\w/])");
  }

  public SlackMessage render(Reply reply) {
    String lead = spellCommands(reply.text());
    List<List<LayoutBlock>> groups = new ArrayList<>();
    if (!lead.isEmpty()) {
      groups.add(sections(List.of(Mrkdwn.escape(lead).split("\n", -1))));
    }
    groups.addAll(evidenceGroups(reply));
    if (!reply.options().isEmpty()) {
      groups.add(optionBlocks(reply.lang(), reply.options()));
    }
    List<LayoutBlock> blocks = new ArrayList<>();
    for (List<LayoutBlock> group : groups) {
      if (blocks.size() + group.size() > MAX_BLOCKS) {
        break; // the fallback text still carries everything
      }
      blocks.addAll(group);
    }
    Reply spelled = new Reply(reply.kind(), reply.lang(), lead, reply.evidence(), reply.options());
    String fallback = Mrkdwn.truncate(Mrkdwn.escape(plainText.render(spelled)), MAX_FALLBACK);
    return new SlackMessage(fallback, blocks, reply.answered());
  }

  /** The short apology the adapter's error handler sends, in the asker's language. */
  public SlackMessage apology(Lang lang) {
    return render(Reply.message(Reply.Kind.DECLINE, lang, messages.get(lang, "error.apology")));
  }

  /** Facts quoted from one sentence share one quote, as in the plain-text layout. */
  private List<List<LayoutBlock>> evidenceGroups(Reply reply) {
    List<List<LayoutBlock>> groups = new ArrayList<>();
    List<Evidence> evidence = reply.evidence();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < evidence.size(); i++) {
      Evidence e = evidence.get(i);
      lines.add("*" + Mrkdwn.escape(e.headline()) + "*");
      boolean sentenceFollows =
          i + 1 < evidence.size() && e.sentence().equals(evidence.get(i + 1).sentence());
      if (!sentenceFollows) {
        for (String line : e.sentence().split("\n")) {
          lines.add("> " + Mrkdwn.escape(line));
        }
        List<LayoutBlock> group = new ArrayList<>(sections(lines));
        group.add(context(reply.lang(), e.citation()));
        groups.add(group);
        lines = new ArrayList<>();
      }
    }
    return groups;
  }

  private List<LayoutBlock> optionBlocks(Lang lang, List<Option> options) {
    List<String> lines = new ArrayList<>();
    List<BlockElement> buttons = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      String label = (i + 1) + ". " + options.get(i).label();
      lines.add(Mrkdwn.escape(label));
      buttons.add(
          ButtonElement.builder()
              .actionId(OPTION_ACTION_PREFIX + i)
              .text(PlainTextObject.builder().text(Mrkdwn.truncate(label, MAX_BUTTON_TEXT)).emoji(true).build())
              .value(options.get(i).indicatorId())
              .build());
    }
    List<LayoutBlock> blocks = new ArrayList<>(sections(lines));
    for (int from = 0; from < buttons.size(); from += MAX_BUTTONS) {
      blocks.add(
          ActionsBlock.builder()
              // the block id carries the language, so a click is answered in the asker's language
              .blockId(OPTION_BLOCK_PREFIX + lang.tag() + "_" + from)
              .elements(buttons.subList(from, Math.min(buttons.size(), from + MAX_BUTTONS)))
              .build());
    }
    return blocks;
  }

  private LayoutBlock context(Lang lang, String citation) {
    String text = Mrkdwn.escape(messages.get(lang, "label.source") + (lang == Lang.ENGLISH ? ": " : "：") + citation);
    return ContextBlock.builder()
        .elements(List.of(MarkdownTextObject.builder().text(Mrkdwn.truncate(text, MAX_SECTION)).build()))
        .build();
  }

  private static List<LayoutBlock> sections(List<String> mrkdwnLines) {
    List<LayoutBlock> blocks = new ArrayList<>();
    for (String text : Mrkdwn.pack(mrkdwnLines, MAX_SECTION)) {
      if (!text.isBlank()) {
        blocks.add(SectionBlock.builder().text(MarkdownTextObject.builder().text(text).build()).build());
      }
    }
    return blocks;
  }

  /** "/topics" in the core's wording becomes "/trade topics", which is what works on Slack. */
  String spellCommands(String text) {
    Matcher m = commandMention.matcher(text);
    return m.replaceAll(r -> Matcher.quoteReplacement(slashCommand + " " + r.group(1)));
  }

  /** The language an option block was rendered in, from its block id; English if unknown. */
  static Lang optionLang(String blockId) {
    if (blockId != null && blockId.startsWith(OPTION_BLOCK_PREFIX)) {
      String rest = blockId.substring(OPTION_BLOCK_PREFIX.length());
      for (Lang lang : Lang.values()) {
        if (rest.startsWith(lang.tag() + "_")) {
          return lang;
        }
      }
    }
    return Lang.ENGLISH;
  }
}
