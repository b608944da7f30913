package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tradebot.command.BotCommand;
import tradebot.command.Commands;

class SlackManifestTest {

  @Test
  void theCommittedManifestIsTheGeneratedOne() throws Exception {
    String committed = Files.readString(Path.of("config/slack-app-manifest.yml"), StandardCharsets.UTF_8);
    assertThat(committed)
        .as("regenerate with: java -jar target/tradebot.jar slack --manifest > config/slack-app-manifest.yml")
        .isEqualTo(SlackManifest.yaml());
  }

  @Test
  void usageHintNamesEverySubcommandWithItsArguments() {
    String hint = SlackManifest.usageHint();
    for (BotCommand c : Commands.all()) {
      if (!c.name().equals("start") && !c.name().equals("ask")) {
        assertThat(hint).contains(c.arguments().isEmpty() ? c.name() : c.name() + " " + c.arguments());
      }
    }
    assertThat(hint).startsWith("<question>").hasSizeLessThan(1000);
    assertThat(SlackManifest.description()).contains("/trade").hasSizeLessThan(2000);
  }

  @Test
  void asksForTheSlashCommandEventsAndMinimalScopesWithSocketModeOn() {
    String yaml = SlackManifest.yaml();
    assertThat(yaml).contains("- command: /trade\n", "      - app_mention\n", "      - message.im\n",
        "socket_mode_enabled: true\n", "interactivity:\n    is_enabled: true\n");
    assertThat(SlackManifest.BOT_SCOPES).containsExactlyInAnyOrder(
        "app_mentions:read", "channels:read", "chat:write", "commands", "groups:read", "im:history");
  }

  @Test
  void declaresTheCheckFiguresShortcutAndTheHomeTab() {
    String yaml = SlackManifest.yaml();
    assertThat(yaml).contains("  shortcuts:\n    - name: Check figures\n      type: message\n",
        "      callback_id: " + CheckShortcut.CALLBACK_ID + "\n", "    home_tab_enabled: true\n", "      - app_home_opened\n");
  }
}
