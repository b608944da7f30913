package tradebot.extract;

import java.util.regex.Pattern;

/**
 * The dateline and byline of a news sentence ("本报长沙10月18日讯（本报记者）"): where the paper
 * wrote from, not what the sentence is about.
 */
public final class Dateline {

  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:本报|本刊|新华社|中新社)?[\\p{IsHan}]{0,6}?\\d{1,2}月\\d{1,2}日\\s*(?:电|讯)|[（(]本报记者[^）)]*[）)]|[（(]记者[^）)]*[）)]");

  private Dateline() {}

  /** The text with its dateline and bylines blanked out, same length. */
  public static String blank(String simplified) {
    return DATELINE.matcher(simplified).replaceAll(m -> " ".repeat(m.group().length()));
  }
}
