package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.answer.Query;
import tradebot.reply.Evidence;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.text.Lang;

class SlackRendererTest {

  final Core core = TestCores.core();
  final SlackRenderer renderer = new SlackRenderer(core.messages(), core.plainText(), "/trade");

  Reply fact(String id, Lang lang) {
    return core.answerer().fact(id, lang).orElseThrow();
  }

  static List<String> sectionTexts(SlackMessage m) {
    List<String> out = new ArrayList<>();
    for (LayoutBlock b : m.blocks()) {
      if (b instanceof SectionBlock s) {
        out.add(s.getText().getText());
      }
    }
    return out;
  }

  @Test
  void quotesTheSourceSentenceAndPutsTheSourceInAContextBlock() {
    Reply reply = fact("hunan_trade_total_2025", Lang.SIMPLIFIED);
    Evidence e = reply.evidence().get(0);
    SlackMessage m = renderer.render(reply);

    assertThat(sectionTexts(m)).anySatisfy(t -> assertThat(t).contains("\n> " + e.sentence()).startsWith("*"));
    assertThat(m.blocks()).filteredOn(b -> b instanceof ContextBlock).singleElement().satisfies(b ->
        assertThat(((MarkdownTextObject) ((ContextBlock) b).getElements().get(0)).getText())
            .isEqualTo("出处：" + e.citation()));
    assertThat(m.text()).contains(e.sentence()).contains(e.citation());
    assertThat(m.shareable()).isTrue();
  }

  @Test
  void escapesAmpersandAndAngleBracketsEverywhere() {
    Reply reply = Reply.message(Reply.Kind.DECLINE, Lang.ENGLISH, "a <b> & <@U123> <!channel> c");
    SlackMessage m = renderer.render(reply);

    assertThat(sectionTexts(m)).containsExactly("a &lt;b&gt; &amp; &lt;@U123&gt; &lt;!channel&gt; c");
    assertThat(m.text()).isEqualTo("a &lt;b&gt; &amp; &lt;@U123&gt; &lt;!channel&gt; c");
    assertThat(m.shareable()).isFalse();
  }

  @Test
  void spellsCommandsTheWayTheyAreTypedOnSlack() {
    assertThat(renderer.spellCommands("see /topics, or /subscribe 08:30; /fact."))
        .isEqualTo("see /trade topics, or /trade subscribe 08:30; /trade fact.");
    assertThat(renderer.spellCommands("http://example.com/topics and a/help and /topicsfoo"))
        .isEqualTo("http://example.com/topics and a/help and /topicsfoo");
  }

  @Test
  void optionsBecomeButtonsWhoseValueIsTheIndicatorId() {
    Reply reply = core.answerer().answer(Query.of("trade with Africa"));
    assertThat(reply.options()).isNotEmpty();
    SlackMessage m = renderer.render(reply);

    List<ButtonElement> buttons = new ArrayList<>();
    for (LayoutBlock b : m.blocks()) {
      if (b instanceof ActionsBlock a) {
        assertThat(SlackRenderer.optionLang(a.getBlockId())).isEqualTo(reply.lang());
        a.getElements().forEach(e -> buttons.add((ButtonElement) e));
      }
    }
    assertThat(buttons).extracting(ButtonElement::getValue)
        .containsExactlyElementsOf(reply.options().stream().map(Option::indicatorId).toList());
    assertThat(buttons).allSatisfy(b -> {
      assertThat(b.getText().getText()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BUTTON_TEXT);
      assertThat(OptionClickListener.ACTION_IDS.matcher(b.getActionId()).matches()).isTrue();
    });
    assertThat(String.join("\n", sectionTexts(m))).contains("1. " + Mrkdwn.escape(reply.options().get(0).label()));
  }

  @Test
  void longTextIsSplitIntoSectionsOfAtMost3000Characters() {
    String lead = ("Changsha & Hunan <exports> 长沙 " + "x".repeat(90) + "\n").repeat(120); // ~15,000 chars
    SlackMessage m = renderer.render(Reply.message(Reply.Kind.TOPICS, Lang.ENGLISH, lead));

    assertThat(sectionTexts(m)).hasSizeGreaterThan(4)
        .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION));
    assertThat(String.join("\n", sectionTexts(m)).strip().equals(Mrkdwn.escape(lead).strip()))
        .as("the sections together hold the whole text").isTrue();
    assertThat(m.text().length()).isLessThanOrEqualTo(SlackRenderer.MAX_FALLBACK);
  }

  @Test
  void neverMoreThanFiftyBlocks() {
    Reply one = fact("hunan_ev_exports_value_2025", Lang.ENGLISH);
    Reply other = fact("hunan_trade_total_2025", Lang.ENGLISH);
    List<Evidence> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add((i % 2 == 0 ? one : other).evidence().get(0)); // alternating: no shared quotes
    }
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      options.add(new Option("option " + i, "hunan_trade_total_2025"));
    }
    SlackMessage m = renderer.render(new Reply(Reply.Kind.ANSWER, Lang.ENGLISH, "lead", many, options));

    assertThat(m.blocks()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
    assertThat(m.blocks()).filteredOn(b -> b instanceof ActionsBlock)
        .allSatisfy(b -> assertThat(((ActionsBlock) b).getElements()).hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BUTTONS));
  }

  @Test
  void theRealTopicsAndHelpRepliesFitSlacksLimits() {
    for (String text : List.of("/topics", "/help", "/start")) {
      Reply reply = core.chat().handle(new tradebot.chat.Incoming("slack", "C1", text, null));
      SlackMessage m = renderer.render(reply);
      assertThat(m.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(SlackRenderer.MAX_BLOCKS);
      assertThat(sectionTexts(m)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(SlackRenderer.MAX_SECTION));
    }
  }

  @Test
  void apologyIsShortAndInTheAskersLanguage() {
    assertThat(sectionTexts(renderer.apology(Lang.SIMPLIFIED))).singleElement()
        .isEqualTo(core.messages().get(Lang.SIMPLIFIED, "error.apology"));
  }
}
