package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tradebot.TestCores;
import tradebot.store.Indicator;
import tradebot.text.Lang;

class CallbackDataTest {

  @Test
  void roundTripsTheFactAndTheLanguage() {
    String data = CallbackData.encode("hunan_trade_total_2025", Lang.TRADITIONAL).orElseThrow();
    assertThat(data).isEqualTo("f:hunan_trade_total_2025:t");
    assertThat(CallbackData.decode(data)).contains(new CallbackData("hunan_trade_total_2025", Lang.TRADITIONAL));
  }

  @Test
  void fitsEveryIndicatorIdIntoTelegramsSixtyFourBytes() {
    for (Indicator i : TestCores.core().store().indicators()) {
      for (Lang lang : Lang.values()) {
        String data = CallbackData.encode(i.id(), lang).orElseThrow(() -> new AssertionError(i.id() + " too long"));
        assertThat(data.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
      }
    }
  }

  @Test
  void refusesWhatItWouldNotFitOrDidNotMake() {
    assertThat(CallbackData.encode("x".repeat(61), Lang.ENGLISH)).isEmpty();
    assertThat(CallbackData.decode(null)).isEmpty();
    assertThat(CallbackData.decode("f:")).isEmpty();
    assertThat(CallbackData.decode("f:abc")).isEmpty();
    assertThat(CallbackData.decode("f:abc:x")).isEmpty();
    assertThat(CallbackData.decode("vote:1:e")).isEmpty();
  }
}
