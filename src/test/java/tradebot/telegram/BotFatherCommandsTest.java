package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tradebot.command.Commands;

class BotFatherCommandsTest {

  @Test
  void configFileMatchesTheCommandList() throws Exception {
    String file = Files.readString(Path.of("config/botfather-commands.txt"), StandardCharsets.UTF_8);
    assertThat(file)
        .as("regenerate with: java -jar target/tradebot.jar telegram --botfather-commands > config/botfather-commands.txt")
        .isEqualTo(CommandMenus.botFatherText());
  }

  @Test
  void listsEveryCommandInBotFathersFormat() {
    assertThat(CommandMenus.botFatherText().lines())
        .hasSize(Commands.all().size())
        .allMatch(l -> l.matches("[a-z_]+ - .+"));
  }
}
