package tradebot.subscribe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tradebot.text.Lang;

class DailyScheduleTest {

  private static Subscription at(String time, String zone) {
    return new Subscription(1, "telegram", "1", LocalTime.parse(time), ZoneId.of(zone), "", Lang.ENGLISH,
        true, Instant.EPOCH);
  }

  private static Optional<LocalDate> due(Subscription s, String instant) {
    return DailySchedule.dueDate(s, Instant.parse(instant));
  }

  @Test
  void isDueFromTheLocalTimeOnwardsForTheLocalDate() {
    Subscription s = at("09:00", "Asia/Shanghai"); // 01:00Z
    assertThat(due(s, "2026-03-01T00:59:59Z")).isEmpty();
    assertThat(due(s, "2026-03-01T01:00:00Z")).contains(LocalDate.parse("2026-03-01"));
    assertThat(due(s, "2026-03-01T15:59:59Z")).contains(LocalDate.parse("2026-03-01"));
    // 16:00Z is midnight in Shanghai: a new local day whose post is not yet due.
    assertThat(due(s, "2026-03-01T16:00:00Z")).isEmpty();
  }

  @Test
  void handlesKathmanduQuarterHourOffset() {
    Subscription s = at("09:00", "Asia/Kathmandu"); // +05:45 → 03:15Z
    assertThat(due(s, "2026-03-01T03:14:59Z")).isEmpty();
    assertThat(due(s, "2026-03-01T03:15:00Z")).contains(LocalDate.parse("2026-03-01"));
  }

  @Test
  void midnightPostBelongsToTheNewLocalDay() {
    Subscription s = at("00:00", "Europe/Berlin"); // CET: 23:00Z the day before
    assertThat(due(s, "2026-01-10T22:59:59Z")).contains(LocalDate.parse("2026-01-10"));
    assertThat(due(s, "2026-01-10T23:00:00Z")).contains(LocalDate.parse("2026-01-11"));
  }

  @Test
  void timeSkippedBySpringForwardPostsAfterTheGap() {
    // 2026-03-29 in Berlin: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist that day.
    Subscription s = at("02:30", "Europe/Berlin");
    assertThat(DailySchedule.postingInstant(s, LocalDate.parse("2026-03-29")))
        .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
    assertThat(due(s, "2026-03-29T01:29:59Z")).isEmpty();
    assertThat(due(s, "2026-03-29T01:30:00Z")).contains(LocalDate.parse("2026-03-29"));
  }

  @Test
  void timeRepeatedByFallBackPostsAtItsFirstOccurrence() {
    // 2026-10-25 in Berlin: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    Subscription s = at("02:30", "Europe/Berlin");
    assertThat(DailySchedule.postingInstant(s, LocalDate.parse("2026-10-25")))
        .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThat(due(s, "2026-10-25T01:30:00Z")).contains(LocalDate.parse("2026-10-25"));
  }

  @Test
  void localDateFollowsTheSubscribersZoneNotUtc() {
    Subscription s = at("07:00", "Pacific/Kiritimati"); // +14:00
    assertThat(due(s, "2026-03-01T17:00:00Z")).contains(LocalDate.parse("2026-03-02"));
    Subscription west = at("07:00", "Pacific/Pago_Pago"); // -11:00
    assertThat(due(west, "2026-03-01T18:00:00Z")).contains(LocalDate.parse("2026-03-01"));
  }
}
