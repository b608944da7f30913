package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tradebot.Core;
import tradebot.TestCores;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.text.Lang;

class TelegramRendererTest {

  private final Core core = TestCores.core();
  private final TelegramRenderer renderer =
      new TelegramRenderer(core.messages(), new TelegramMessages(), "TradeFactsBot", TelegramRenderer.MESSAGE_LIMIT);

  private Indicator indicator(String id) {
    return core.store().indicator(id).orElseThrow();
  }

  @Test
  void showsTheHeadlineBoldTheSentenceAsAQuoteAndTheSourceInItalics() {
    Reply reply = core.writer().answer(List.of(indicator("changsha_trade_total_2025")), Lang.SIMPLIFIED);
    List<OutgoingMessage> out = renderer.render(reply);
    assertThat(out).hasSize(1);
    String[] lines = out.get(0).html().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).startsWith("<b>长沙").endsWith("</b>");
    assertThat(lines[1]).isEqualTo("<blockquote>" + Html.escape(indicator("changsha_trade_total_2025").sentence()) + "</blockquote>");
    assertThat(lines[2]).startsWith("<i>出处：").endsWith("</i>");
  }

  @Test
  void quotesASharedSentenceOnceForTwoFiguresFromIt() {
    Reply reply =
        core.writer().answer(
            List.of(indicator("hunan_lighter_exports_2025"), indicator("hunan_construction_machinery_exports_2025")),
            Lang.ENGLISH);
    String html = renderer.render(reply).get(0).html();
    assertThat(html.split("<blockquote>", -1)).hasSize(2);
    assertThat(html.split("<b>", -1)).hasSize(3);
  }

  @Test
  void escapesMarkupInEveryPartOfTheReply() {
    Reply reply = Reply.message(Reply.Kind.HELP, Lang.ENGLISH, "/ask <question> & </b><script>");
    String html = renderer.render(reply).get(0).html();
    assertThat(html).isEqualTo("/ask &lt;question&gt; &amp; &lt;/b&gt;&lt;script&gt;");
    assertThat(FakeBotApi.htmlProblem(html)).isNull();
  }

  @Test
  void turnsOptionsIntoButtonsCarryingTheFactAndLanguage() {
    Reply reply =
        new Reply(Reply.Kind.CLARIFY, Lang.TRADITIONAL, "哪一個？", List.of(),
            List.of(new Option("湖南 · 2025年 · 對非貿易", "hunan_africa_trade_2025"),
                new Option("長沙 · 2025年 · 對非貿易", "changsha_africa_trade_2025")));
    OutgoingMessage out = renderer.render(reply).get(0);
    assertThat(out.html()).isEqualTo("哪一個？");
    assertThat(out.buttons()).extracting(Button::text).containsExactly("湖南 · 2025年 · 對非貿易", "長沙 · 2025年 · 對非貿易");
    assertThat(out.buttons()).extracting(Button::callbackData)
        .containsExactly("f:hunan_africa_trade_2025:t", "f:changsha_africa_trade_2025:t");
  }

  @Test
  void offersToShareAnAnswerAsADeepLinkThatOpensTheFact() {
    Reply reply = core.writer().answer(List.of(indicator("hunan_ev_exports_value_2025")), Lang.ENGLISH);
    Button share = renderer.render(reply).get(0).buttons().get(0);
    assertThat(share.text()).isEqualTo("Share this fact");
    assertThat(share.url()).startsWith("https://t.me/share/url?url=");
    assertThat(URLDecoder.decode(share.url().substring("https://t.me/share/url?url=".length()), StandardCharsets.UTF_8))
        .isEqualTo("https://t.me/TradeFactsBot?start=f_hunan_ev_exports_value_2025");
  }

  @Test
  void addsNoShareButtonToRepliesWithoutFigures() {
    Reply reply = Reply.message(Reply.Kind.DECLINE, Lang.ENGLISH, "Not covered.");
    assertThat(renderer.render(reply).get(0).buttons()).isEmpty();
  }

  @Test
  void splitsALongReplyAndPutsTheButtonsUnderTheLastPart() {
    List<Indicator> all = core.store().indicators();
    List<OutgoingMessage> out = renderer.render(core.writer().answer(all, Lang.SIMPLIFIED));
    assertThat(out).hasSizeGreaterThan(2);
    assertThat(out).allSatisfy(m -> {
      assertThat(m.html().length()).isLessThanOrEqualTo(4096);
      assertThat(FakeBotApi.htmlProblem(m.html())).isNull();
    });
    assertThat(out.subList(0, out.size() - 1)).allSatisfy(m -> assertThat(m.buttons()).isEmpty());
    assertThat(out.get(out.size() - 1).buttons()).hasSize(1);
  }
}
