package tradebot.subscribe;

import java.util.regex.Pattern;

/** Masks credentials that people put into JDBC URLs, so a URL can be logged or shown in an error. */
final class JdbcUrls {

  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*):[^/@]*@");

  private JdbcUrls() {}

  static String mask(String url) {
    String s = PASSWORD.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(s).replaceAll("$1:***@");
  }
}
