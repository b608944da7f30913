package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

  @Test
  void emptyTextAsksForHelp() {
    assertThat(SlackText.toCoreText("")).isEqualTo("/help");
    assertThat(SlackText.toCoreText("  <@U0BOT>  ")).isEqualTo("/help");
    assertThat(SlackText.toCoreText(null)).isEqualTo("/help");
  }

  @Test
  void aLeadingCommandWordBecomesThatCommand() {
    assertThat(SlackText.toCoreText("subscribe 08:30 Europe/Berlin 汽车")).isEqualTo("/subscribe 08:30 Europe/Berlin 汽车");
    assertThat(SlackText.toCoreText("Unsubscribe")).isEqualTo("/unsubscribe");
    assertThat(SlackText.toCoreText("subscriptions")).isEqualTo("/subscriptions");
    assertThat(SlackText.toCoreText("topics")).isEqualTo("/topics");
    assertThat(SlackText.toCoreText("ask Hunan EV exports")).isEqualTo("/ask Hunan EV exports");
  }

  @Test
  void questionsThatStartWithACommandWordStayQuestions() {
    assertThat(SlackText.toCoreText("help me find Hunan EV exports")).isEqualTo("help me find Hunan EV exports");
    assertThat(SlackText.toCoreText("fact about Changsha trade")).isEqualTo("fact about Changsha trade");
    assertThat(SlackText.toCoreText("湖南进出口总值")).isEqualTo("湖南进出口总值");
  }

  @Test
  void mentionsAreRemovedAndSlackEscapesUndone() {
    assertThat(SlackText.toCoreText("<@U0BOT> Hunan &amp; Changsha &lt;EV&gt; exports"))
        .isEqualTo("Hunan & Changsha <EV> exports");
    assertThat(SlackText.clean("see <https://example.com|the article> and <mailto:a@b.c>"))
        .isEqualTo("see the article and mailto:a@b.c");
  }
}
