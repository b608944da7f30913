package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tradebot.Wiring;

class SlackSettingsTest {

  static final String BOT = "xoxb-1111111111-2222222222-secretpart";
  static final String APP = "xapp-1-A0APP-3333-secretpart";
  static final String SECRET = "0123456789abcdef0123456789abcdef";

  SlackSettings from(Map<String, String> env) {
    return new Wiring(env).slackSettings();
  }

  @Test
  void appTokenMeansSocketModeAndSigningSecretMeansHttpMode() {
    assertThat(from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)).mode()).isEqualTo(SlackSettings.Mode.SOCKET);
    assertThat(from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET)).mode()).isEqualTo(SlackSettings.Mode.HTTP);
  }

  @Test
  void httpModeListensOnSlackPortDefault3000() {
    assertThat(from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET)).listen().getPort()).isEqualTo(3000);
    assertThat(from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", SECRET, "SLACK_PORT", "8080")).listen().getPort())
        .isEqualTo(8080);
    assertThatThrownBy(() -> from(Map.of("SLACK_PORT", "eighty"))).hasMessageContaining("SLACK_PORT");
    assertThatThrownBy(() -> from(Map.of("SLACK_PORT", "70000"))).hasMessageContaining("SLACK_PORT");
  }

  @Test
  void apiUrlOverrideGetsATrailingSlash() {
    assertThat(from(Map.of("SLACK_API_URL", "http://127.0.0.1:9/api")).apiUrl()).isEqualTo("http://127.0.0.1:9/api/");
    assertThat(from(Map.of()).apiUrl()).isNull();
  }

  @Test
  void missingVariablesAreNamed() {
    assertThatThrownBy(() -> from(Map.of()).mode())
        .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageContaining("SLACK_APP_TOKEN").hasMessageContaining("SLACK_SIGNING_SECRET");
    assertThatThrownBy(() -> from(Map.of("SLACK_APP_TOKEN", APP)).mode())
        .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageNotContaining("SLACK_SIGNING_SECRET");
  }

  @Test
  void toStringShowsNoSecret() {
    String shown = from(Map.of("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP, "SLACK_SIGNING_SECRET", SECRET)).toString();
    assertThat(shown).contains("xoxb-****").contains("xapp-****")
        .doesNotContain("secretpart").doesNotContain("1111").doesNotContain("0123");
  }
}
