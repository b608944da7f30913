package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tradebot.Wiring;

class TelegramSettingsTest {

  private static final String TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ";

  @Test
  void isOffWithoutAToken() {
    assertThat(new Wiring(Map.of()).telegramSettings()).isEmpty();
  }

  @Test
  void readsTheTokenAndAnOtherApiServerFromTheEnvironment() {
    TelegramSettings s =
        new Wiring(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", "http://127.0.0.1:8081"))
            .telegramSettings()
            .orElseThrow();
    assertThat(s.telegramUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(s.telegramUrl().getPort()).isEqualTo(8081);
    assertThat(s.telegramUrl().getSchema()).isEqualTo("http");
  }

  @Test
  void usesThePublicBotApiByDefault() {
    TelegramSettings s = TelegramSettings.of(TOKEN, null);
    assertThat(s.telegramUrl().getHost()).isEqualTo("api.telegram.org");
    assertThat(s.telegramUrl().getPort()).isEqualTo(443);
  }

  @Test
  void masksTheTokenWhenPrinted() {
    assertThat(TelegramSettings.of(TOKEN, null).toString())
        .contains("123456:***")
        .doesNotContain("ABCdef");
  }

  @Test
  void explainsABadApiUrlWithoutShowingTheToken() {
    assertThatThrownBy(() -> TelegramSettings.of(TOKEN, "ftp://example.org"))
        .hasMessageContaining("TELEGRAM_API_URL")
        .hasMessageNotContaining("ABCdef");
    assertThatThrownBy(() -> TelegramSettings.of(TOKEN, "http://example.org/bot"))
        .hasMessageContaining("root");
    assertThatThrownBy(() -> TelegramSettings.of("bad token", null))
        .hasMessageContaining("TELEGRAM_BOT_TOKEN")
        .hasMessageNotContaining("bad token");
  }
}
