package tradebot.subscribe;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a subscription's post is due. Only the subscriber's current local date is ever due, so after
 * downtime today's missed post goes out at once while earlier days are skipped, not flooded.
 */
final class DailySchedule {

  private DailySchedule() {}

  /** Today's local date in the subscription's zone, if its posting time has come. */
  static Optional<LocalDate> dueDate(Subscription s, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, s.zone());
    return now.isBefore(postingInstant(s, today)) ? Optional.empty() : Optional.of(today);
  }

  /**
   * The instant of the post on {@code date}. A time that does not exist that day (DST gap) moves
   * forward by the gap; a time that occurs twice (DST overlap) means its first occurrence.
   */
  static Instant postingInstant(Subscription s, LocalDate date) {
    return ZonedDateTime.of(date, s.time(), s.zone()).toInstant();
  }
}
