package tradebot.subscribe;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of {@code /subscribe [HH:MM] [time zone] [topic]}, in any order, in English or
 * Chinese forms: {@code 08:30}, {@code 8：30}, {@code 8点半}, {@code 下午3点}, {@code 7pm};
 * {@code Europe/Berlin}, {@code UTC+5:45}, {@code 北京时间}. Whatever is neither is the topic.
 */
record SubscribeArgs(Optional<LocalTime> time, Optional<ZoneId> zone, String topic) {

  /** Why the arguments were refused: which kind of value and the text given. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean time;
    final String value;

    Invalid(boolean time, String value) {
      super((time ? "bad time: " : "bad zone: ") + value);
      this.time = time;
      this.value = value;
    }
  }

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:：](\\d{2})");
  private static final Pattern AM_PM = Pattern.compile("(\\d{1,2})(?:[:：](\\d{2}))?\\s*([ap])\\.?m\\.?");
  private static final Pattern CHINESE =
      Pattern.compile("(早上|上午|中午|下午|晚上)?(\\d{1,2})[点時时](?:(\\d{1,2})分?|(半))?");
  private static final Pattern LOOKS_LIKE_TIME =
      Pattern.compile(".*\\d.*([:：点時时]|[ap]\\.?m\\.?).*");
  private static final Pattern OFFSET = Pattern.compile("(?:utc|gmt)?([+-]\\d{1,2}(?::?\\d{2})?)");

  /** Names people use instead of zone ids; the zone ids themselves are matched ignoring case. */
  private static final Map<String, String> ZONE_NAMES =
      Map.ofEntries(
          Map.entry("北京时间", "Asia/Shanghai"),
          Map.entry("北京時間", "Asia/Shanghai"),
          Map.entry("中国时间", "Asia/Shanghai"),
          Map.entry("北京", "Asia/Shanghai"),
          Map.entry("beijing", "Asia/Shanghai"),
          Map.entry("上海", "Asia/Shanghai"),
          Map.entry("长沙", "Asia/Shanghai"),
          Map.entry("香港", "Asia/Hong_Kong"),
          Map.entry("台北", "Asia/Taipei"),
          Map.entry("東京", "Asia/Tokyo"),
          Map.entry("东京", "Asia/Tokyo"),
          Map.entry("伦敦", "Europe/London"),
          Map.entry("柏林", "Europe/Berlin"),
          Map.entry("纽约", "America/New_York"),
          Map.entry("utc", "UTC"),
          Map.entry("gmt", "GMT"));

  static SubscribeArgs parse(String arguments) throws Invalid {
    LocalTime time = null;
    ZoneId zone = null;
    List<String> topic = new ArrayList<>();
    for (String token : arguments.strip().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      String t = token.toLowerCase(Locale.ROOT);
      if (zone == null && looksLikeZone(t)) {
        zone = parseZone(token).orElseThrow(() -> new Invalid(false, token));
      } else if (time == null && LOOKS_LIKE_TIME.matcher(t).matches()) {
        time = parseTime(t).orElseThrow(() -> new Invalid(true, token));
      } else {
        topic.add(token);
      }
    }
    return new SubscribeArgs(Optional.ofNullable(time), Optional.ofNullable(zone), String.join(" ", topic));
  }

  static Optional<LocalTime> parseTime(String t) {
    Matcher m = CLOCK.matcher(t);
    if (m.matches()) {
      return time(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = AM_PM.matcher(t);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(1));
      if (h < 1 || h > 12) {
        return Optional.empty();
      }
      int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      return time(h % 12 + (m.group(3).equals("p") ? 12 : 0), minute);
    }
    m = CHINESE.matcher(t);
    if (m.matches()) {
      int h = Integer.parseInt(m.group(2));
      String part = m.group(1);
      if (part != null && (part.equals("下午") || part.equals("晚上")) && h < 12) {
        h += 12;
      }
      int minute = m.group(4) != null ? 30 : m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      return time(h, minute);
    }
    return Optional.empty();
  }

  private static Optional<LocalTime> time(int hour, int minute) {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hour, minute));
  }

  private static boolean looksLikeZone(String t) {
    return t.contains("/") || ZONE_NAMES.containsKey(t) || OFFSET.matcher(t).matches()
        || t.startsWith("utc") || t.startsWith("gmt");
  }

  static Optional<ZoneId> parseZone(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    String named = ZONE_NAMES.get(t);
    if (named != null) {
      return Optional.of(ZoneId.of(named));
    }
    Matcher m = OFFSET.matcher(t);
    if (m.matches()) {
      String o = m.group(1);
      // "+8" and "+0545" are what people type; ZoneOffset wants "+08" / "+05:45".
      String digits = o.substring(1).replace(":", "");
      String normal = digits.length() <= 2
          ? String.format("%s%02d", o.charAt(0), Integer.parseInt(digits))
          : String.format("%s%02d:%s", o.charAt(0), Integer.parseInt(digits.substring(0, digits.length() - 2)),
              digits.substring(digits.length() - 2));
      try {
        return Optional.of(ZoneId.ofOffset("UTC", ZoneOffset.of(normal)));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    for (String id : ZoneId.getAvailableZoneIds()) {
      if (id.equalsIgnoreCase(token)) {
        return Optional.of(ZoneId.of(id));
      }
    }
    return Optional.empty();
  }
}
