package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SubscribeArgsTest {

  @Test
  void readsTimeZoneAndTopicInAnyOrder() throws Exception {
    SubscribeArgs a = SubscribeArgs.parse("08:30 Europe/Berlin 汽车");
    assertThat(a.time()).contains(LocalTime.of(8, 30));
    assertThat(a.zone()).contains(ZoneId.of("Europe/Berlin"));
    assertThat(a.topic()).isEqualTo("汽车");
    SubscribeArgs b = SubscribeArgs.parse("car exports asia/kathmandu 7pm");
    assertThat(b.time()).contains(LocalTime.of(19, 0));
    assertThat(b.zone()).contains(ZoneId.of("Asia/Kathmandu"));
    assertThat(b.topic()).isEqualTo("car exports");
  }

  @Test
  void readsChineseTimesAndZoneNames() throws Exception {
    assertThat(SubscribeArgs.parse("8点半 北京时间").time()).contains(LocalTime.of(8, 30));
    assertThat(SubscribeArgs.parse("下午3点").time()).contains(LocalTime.of(15, 0));
    assertThat(SubscribeArgs.parse("8：05").time()).contains(LocalTime.of(8, 5));
    assertThat(SubscribeArgs.parse("北京时间").zone()).contains(ZoneId.of("Asia/Shanghai"));
  }

  @Test
  void readsOffsets() throws Exception {
    assertThat(SubscribeArgs.parse("UTC+8").zone()).contains(ZoneId.of("UTC+08:00"));
    assertThat(SubscribeArgs.parse("UTC+5:45").zone()).contains(ZoneId.of("UTC+05:45"));
    assertThat(SubscribeArgs.parse("-03:00").zone()).contains(ZoneId.of("UTC-03:00"));
  }

  @Test
  void emptyArgumentsMeanDefaults() throws Exception {
    SubscribeArgs a = SubscribeArgs.parse("");
    assertThat(a.time()).isEmpty();
    assertThat(a.zone()).isEmpty();
    assertThat(a.topic()).isEmpty();
  }

  @Test
  void refusesImpossibleTimesAndUnknownZones() {
    assertThatThrownBy(() -> SubscribeArgs.parse("25:00")).isInstanceOf(SubscribeArgs.Invalid.class)
        .hasMessageContaining("25:00");
    assertThatThrownBy(() -> SubscribeArgs.parse("8:61")).isInstanceOf(SubscribeArgs.Invalid.class);
    assertThatThrownBy(() -> SubscribeArgs.parse("Mars/Olympus")).isInstanceOf(SubscribeArgs.Invalid.class)
        .hasMessageContaining("zone");
    assertThatThrownBy(() -> SubscribeArgs.parse("UTC+19")).isInstanceOf(SubscribeArgs.Invalid.class);
  }
}
