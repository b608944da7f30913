package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MrkdwnTest {

  private static final String ALPHABET = "ab &<>\n长沙湖南😀*_~`";

  @Test
  void escapingRoundTrips() {
    String s = "a & b < c > d &amp; 长沙 😀";
    assertThat(Mrkdwn.escape(s)).isEqualTo("a &amp; b &lt; c &gt; d &amp;amp; 长沙 😀");
    assertThat(Mrkdwn.unescape(Mrkdwn.escape(s))).isEqualTo(s);
  }

  @Test
  void packedPiecesFitAndLoseNothingAndNeverCutAnEscapeOrASurrogatePair() {
    Random random = new Random(20260523L);
    for (int run = 0; run < 300; run++) {
      int max = 8 + random.nextInt(40);
      List<String> lines = new ArrayList<>();
      for (int l = random.nextInt(8); l >= 0; l--) {
        StringBuilder raw = new StringBuilder();
        for (int i = random.nextInt(120); i > 0; i--) {
          raw.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length())))));
        }
        lines.addAll(List.of(Mrkdwn.escape(raw.toString().replace("\n", " "))));
      }
      List<String> pieces = Mrkdwn.pack(lines, max);
      for (String p : pieces) {
        assertThat(p.length()).isLessThanOrEqualTo(max);
        assertThat(Mrkdwn.unescape(p)).doesNotContain("&am", "&lt", "&gt"); // no half escapes
        assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
      }
      assertThat(String.join("", pieces).replace("\n", "")).isEqualTo(String.join("", lines));
    }
  }

  @Test
  void truncateAddsAnEllipsisOnlyWhenCutting() {
    assertThat(Mrkdwn.truncate("short", 10)).isEqualTo("short");
    assertThat(Mrkdwn.truncate("0123456789abc", 10)).isEqualTo("012345678…").hasSize(10);
    assertThat(Mrkdwn.truncate("12345678😀😀", 10)).isEqualTo("12345678…");
  }

  @Test
  void truncateNeverCutsAnEscape() {
    String escaped = Mrkdwn.escape("abcdefg&h");
    for (int max = 2; max <= escaped.length(); max++) {
      String cut = Mrkdwn.truncate(escaped, max);
      assertThat(cut.length()).isLessThanOrEqualTo(max);
      assertThat(cut.replace("&amp;", "")).doesNotContain("&");
    }
    assertThat(Mrkdwn.truncate("x & y and more", 6)).isEqualTo("x & y…");
  }
}
