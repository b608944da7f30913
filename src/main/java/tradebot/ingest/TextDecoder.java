package tradebot.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Bytes to text, refusing what is not text: binary files (by their signature or control bytes),
 * and text that is not UTF-8, whose likely encoding (GBK, Big5, UTF-16) is named so the user can
 * convert it or pass {@code --encoding}.
 */
final class TextDecoder {

  private static final Charset GBK = Charset.forName("GBK");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final List<Charset> LEGACY = List.of(GBK, BIG5);

  /** Characters frequent in news of either script; a wrong guess decodes to rarer ones. */
  private static final String COMMON =
      "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說"
          + "产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裏如水化高自二理起小物现現实實加量都两兩"
          + "体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關"
          + "各重新线線内內数數正心反你明看原又么麼利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最"
          + "立代想已通并並提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖"
          + "山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處"
          + "湖南沙省市贸貿易口亿億元增同比额額全";

  /** The text, or an {@link IngestException} naming what the bytes are instead. */
  String decode(String name, byte[] bytes, Charset forced) {
    if (bytes.length == 0) {
      throw new IngestException(name + " is empty");
    }
    if (forced == null && (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF))) {
      return strip(decodeStrictly(bytes, StandardCharsets.UTF_16)
          .orElseThrow(() -> new IngestException(name + " is not valid UTF-16 text")));
    }
    Optional<String> kind = binaryKind(bytes);
    if (kind.isPresent()) {
      throw new IngestException(name + " is not a text file (" + kind.get() + "): ingest takes the article's plain text");
    }
    if (forced != null) {
      return strip(decodeStrictly(bytes, forced)
          .orElseThrow(() -> new IngestException(name + " is not valid " + forced.name() + " text")));
    }
    if (nulBytes(bytes)) {
      throw new IngestException(name + " is not a text file (it contains NUL bytes): ingest takes plain UTF-8 text");
    }
    Optional<String> utf8 = decodeStrictly(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return strip(utf8.get());
    }
    Charset guess = guessLegacy(bytes);
    throw new IngestException(
        name + " is not UTF-8" + (guess == null ? "" : "; it looks like " + guess.name())
            + ": convert it (iconv -f " + (guess == null ? "ENCODING" : guess.name()) + " -t UTF-8) or pass --encoding "
            + (guess == null ? "ENCODING" : guess.name()));
  }

  private static String strip(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static Optional<String> decodeStrictly(byte[] bytes, Charset charset) {
    try {
      return Optional.of(
          charset.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** GBK or Big5, whichever decodes to more common characters; null when neither decodes. */
  private static Charset guessLegacy(byte[] bytes) {
    Charset best = null;
    long bestScore = -1;
    for (Charset c : LEGACY) {
      String text = new String(bytes, c);
      long score = text.codePoints().filter(cp -> COMMON.indexOf(cp) >= 0).count()
          - text.chars().filter(ch -> ch == '\uFFFD').count() * 4L;
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return bestScore > 0 ? best : null;
  }

  private static Optional<String> binaryKind(byte[] b) {
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Optional.of("a PDF; copy its text into a .txt file");
    }
    if (startsWith(b, 'P', 'K', 3, 4)) {
      return Optional.of("a ZIP archive or Office document; save the article as plain text");
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return Optional.of("an old Office document; save the article as plain text");
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')) {
      return Optional.of("an image");
    }
    if (startsWith(b, 0x1F, 0x8B) || startsWith(b, 0x7F, 'E', 'L', 'F')) {
      return Optional.of("binary data");
    }
    int control = 0;
    int n = Math.min(b.length, 64 * 1024);
    for (int i = 0; i < n; i++) {
      int x = b[i] & 0xFF;
      if (x < 0x20 && x != '\n' && x != '\r' && x != '\t' && x != '\f' && x != 0) {
        control++;
      }
    }
    return control > n / 100 + 2 ? Optional.of("binary data") : Optional.empty();
  }

  private static boolean nulBytes(byte[] b) {
    for (byte x : b) {
      if (x == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
