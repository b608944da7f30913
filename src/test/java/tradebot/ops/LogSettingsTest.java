package tradebot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tradebot.Wiring;

class LogSettingsTest {

  @Test
  void levelAndFormatComeFromTheEnvironmentWithoutARebuild() {
    LogSettings s = new Wiring(Map.of(Wiring.LOG_LEVEL, "debug", Wiring.LOG_FORMAT, "JSON")).logSettings();
    assertThat(s.level()).isEqualTo(Level.DEBUG);
    assertThat(s.format()).isEqualTo(LogSettings.Format.JSON);
    assertThat(new Wiring(Map.of()).logSettings()).isEqualTo(LogSettings.DEFAULT);
  }

  @Test
  void aMistypedValueIsNamedInsteadOfIgnored() {
    assertThatThrownBy(() -> LogSettings.parse("loud", null)).hasMessageContaining("TRADEBOT_LOG_LEVEL").hasMessageContaining("loud");
    assertThatThrownBy(() -> LogSettings.parse(null, "xml")).hasMessageContaining("TRADEBOT_LOG_FORMAT").hasMessageContaining("xml");
  }
}
