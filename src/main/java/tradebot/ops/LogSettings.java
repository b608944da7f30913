package tradebot.ops;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * The log level and format chosen at start-up (TRADEBOT_LOG_LEVEL, TRADEBOT_LOG_FORMAT, read by
 * Wiring), applied over the packaged logback.xml: no rebuild, no external file needed.
 *
 * @param level the root level, or null to keep the configured one (INFO)
 */
public record LogSettings(Level level, Format format) {

  /** {@code text}: one readable line per event; {@code json}: one JSON object per line, for log shippers. */
  public enum Format {
    TEXT,
    JSON
  }

  public static final LogSettings DEFAULT = new LogSettings(null, Format.TEXT);

  /** Reads the two variables' values; either may be null. Unknown values are named in the error. */
  public static LogSettings parse(String level, String format) {
    Level l = null;
    if (level != null) {
      l = Level.toLevel(level.strip(), null);
      if (l == null) {
        throw new IllegalArgumentException(
            "TRADEBOT_LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, not: " + level);
      }
    }
    Format f = Format.TEXT;
    if (format != null) {
      try {
        f = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("TRADEBOT_LOG_FORMAT must be text or json, not: " + format, e);
      }
    }
    return new LogSettings(l, f);
  }

  /** Applies the settings to logback's root logger (a no-op under another slf4j binding). */
  public void apply() {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return;
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    if (level != null) {
      root.setLevel(level);
    }
    if (format == Format.JSON) {
      JsonEncoder encoder = new JsonEncoder();
      encoder.setContext(context);
      encoder.setWithSequenceNumber(false);
      encoder.setWithNanoseconds(false);
      encoder.setWithContext(false);
      encoder.setWithArguments(false);
      encoder.setWithMessage(false);
      encoder.setWithFormattedMessage(true);
      encoder.start();
      ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
      json.setContext(context);
      json.setName("JSON");
      json.setTarget("System.err");
      json.setEncoder(encoder);
      json.start();
      root.detachAndStopAllAppenders();
      root.addAppender(json);
    }
  }
}
