package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tradebot.answer.Query;

/** The sample exchanges in README.md are what the bot prints today. */
class ReadmeExamplesTest {
  private static final Pattern SAMPLE = Pattern.compile("```text\\n> (.+?)\\n(.*?)\\n```", Pattern.DOTALL);

  record Sample(String question, String answer) {}

  /** ```dialogue blocks: "> message" lines, each followed by the bot's reply, in one conversation. */
  private static final Pattern DIALOGUE = Pattern.compile("```dialogue\\n(.*?)\\n```", Pattern.DOTALL);

  static List<List<Sample>> dialogues() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<List<Sample>> dialogues = new ArrayList<>();
    Matcher m = DIALOGUE.matcher(readme);
    while (m.find()) {
      List<Sample> turns = new ArrayList<>();
      for (String turn : ("\n" + m.group(1)).split("\n> ")) {
        if (!turn.isBlank()) {
          int newline = turn.indexOf('\n');
          turns.add(new Sample(turn.substring(0, newline), turn.substring(newline + 1)));
        }
      }
      dialogues.add(turns);
    }
    return dialogues;
  }

  @Test
  void readmeShowsAConversationOfThreeTurnsAndTheBotSaysExactlyThat() throws IOException {
    List<List<Sample>> dialogues = dialogues();
    assertThat(dialogues).isNotEmpty();
    assertThat(dialogues).allSatisfy(d -> assertThat(d).hasSizeGreaterThanOrEqualTo(3));
    Core core = TestCores.core();
    int n = 0;
    for (List<Sample> dialogue : dialogues) {
      String conversation = "readme:" + n++;
      for (Sample s : dialogue) {
        String actual = core.plainText().render(core.answerer().answer(new Query(s.question(), conversation, null)));
        assertThat(actual).as(s.question()).isEqualTo(s.answer());
      }
    }
  }

  static List<Sample> samples() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    List<Sample> samples = new ArrayList<>();
    Matcher m = SAMPLE.matcher(readme);
    while (m.find()) {
      samples.add(new Sample(m.group(1), m.group(2)));
    }
    return samples;
  }

  @Test
  void readmeShowsOneSampleInEachLanguageAndTheBotSaysExactlyThat() throws IOException {
    List<Sample> samples = samples();
    assertThat(samples).hasSizeGreaterThanOrEqualTo(3);
    Core core = TestCores.core();
    for (Sample s : samples) {
      String actual =
          s.question().startsWith("/check ")
              ? core.plainText().render(core.checker().check(s.question().substring("/check ".length())).reply())
              : core.plainText().render(core.answerer().answer(Query.of(s.question())));
      assertThat(actual).as(s.question()).isEqualTo(s.answer());
    }
  }
}
