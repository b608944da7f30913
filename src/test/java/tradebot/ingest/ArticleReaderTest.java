package tradebot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingest refuses, and how it reads what it takes. */
class ArticleReaderTest {

  private static final String ARTICLE =
      "湖南前三季度外贸增势强劲\n\n今年前三季度，湖南省外贸进出口总额为139.8亿美元，同比增幅达35.8%。\n\n农产品出口稳步增长。\n";

  @TempDir Path dir;
  private final ArticleReader reader = new ArticleReader();

  private Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private ArticleReader.Text read(Path p) {
    return reader.read(p, null, ArticleReader.Options.DEFAULT);
  }

  private void refused(Path p, String... words) {
    assertThatThrownBy(() -> read(p))
        .isInstanceOf(IngestException.class)
        .hasMessageContaining(p.toString())
        .hasMessageContainingAll(words)
        .message().doesNotContain("\n");
  }

  @Test
  void theFirstLineIsTheHeadlineAndTheRestTheBody() throws IOException {
    ArticleReader.Text t = read(file("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.title()).isEqualTo("湖南前三季度外贸增势强劲");
    assertThat(t.body()).startsWith("今年前三季度").endsWith("农产品出口稳步增长。");
  }

  @Test
  void aFirstLineEqualToTheGivenTitleIsNotBodyText() throws IOException {
    Path p = file("a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
    ArticleReader.Text same = reader.read(p, "湖南前三季度外贸增势强劲", ArticleReader.Options.DEFAULT);
    assertThat(same.body()).startsWith("今年前三季度");
    ArticleReader.Text other = reader.read(p, "另一个标题", ArticleReader.Options.DEFAULT);
    assertThat(other.title()).isEqualTo("另一个标题");
    assertThat(other.body()).startsWith("湖南前三季度外贸增势强劲");
  }

  @Test
  void windowsLineEndsAndAByteOrderMarkAreRead() throws IOException {
    String crlf = "\uFEFF" + ARTICLE.replace("\n", "\r\n");
    ArticleReader.Text t = read(file("a.txt", crlf.getBytes(StandardCharsets.UTF_8)));
    assertThat(t.title()).isEqualTo("湖南前三季度外贸增势强劲");
    assertThat(t.body()).doesNotContain("\r");
  }

  @Test
  void aMissingFileIsNamed() {
    refused(dir.resolve("nope.txt"), "no such file");
  }

  @Test
  void anEmptyFileIsRefused() throws IOException {
    refused(file("empty.txt", new byte[0]), "is empty");
  }

  @Test
  void whitespaceOnlyIsRefused() throws IOException {
    refused(file("blank.txt", " \n\t\n　\n".getBytes(StandardCharsets.UTF_8)), "no text");
  }

  @Test
  void aHeadlineWithoutBodyIsRefused() throws IOException {
    refused(file("headline.txt", "只有标题\n\n".getBytes(StandardCharsets.UTF_8)), "no article text");
  }

  @Test
  void binaryFilesAreRefusedAndNamedWhenKnown() throws IOException {
    refused(file("report.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)), "not a text file", "PDF");
    refused(file("a.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}), "not a text file");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    refused(file("noise.bin", noise), "not a text file");
  }

  @Test
  void gbkTextIsRecognisedAndNamed() throws IOException {
    refused(file("gbk.txt", ARTICLE.getBytes(Charset.forName("GBK"))), "not UTF-8", "GBK", "--encoding");
  }

  @Test
  void big5TextIsRecognisedAndNamed() throws IOException {
    String traditional = "湘非經貿往來持續升溫\n\n湖南今年前8個月對非洲進出口總額為248.7億元，較去年同期增長43.7%。\n";
    refused(file("big5.txt", traditional.getBytes(Charset.forName("Big5"))), "not UTF-8", "Big5");
  }

  @Test
  void anEncodingGivenIsUsed() throws IOException {
    Path p = file("gbk.txt", ARTICLE.getBytes(Charset.forName("GBK")));
    ArticleReader.Text t = reader.read(p, null, new ArticleReader.Options(Charset.forName("GBK"), false));
    assertThat(t.body()).contains("139.8亿美元");
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws IOException {
    ArticleReader.Text t = read(file("u16.txt", ARTICLE.getBytes(StandardCharsets.UTF_16)));
    assertThat(t.body()).contains("139.8亿美元");
  }

  @Test
  void anHtmlPageIsRefusedUnlessTagsAreToBeStripped() throws IOException {
    String html = "<!DOCTYPE html><html><head><title>x</title><script>var a = 1;</script></head><body>"
        + "<h1>湖南外贸增势强劲</h1><p>今年前三季度，湖南省外贸进出口总额为139.8亿美元，同比增幅达35.8%。</p>"
        + "<p>农产品出口&nbsp;稳步增长&amp;提速。</p></body></html>";
    Path p = file("page.html", html.getBytes(StandardCharsets.UTF_8));
    refused(p, "HTML", "--html");

    ArticleReader.Text t = reader.read(p, null, new ArticleReader.Options(null, true));
    assertThat(t.title()).isEqualTo("湖南外贸增势强劲");
    assertThat(t.body()).isEqualTo("今年前三季度，湖南省外贸进出口总额为139.8亿美元，同比增幅达35.8%。\n\n农产品出口 稳步增长&提速。");
    assertThat(t.warnings()).anyMatch(w -> w.contains("HTML"));
  }

  @Test
  void aTenMegabyteFileIsRefusedWithoutReadingIt() throws IOException {
    byte[] big = ARTICLE.repeat(10 * 1024 * 1024 / ARTICLE.getBytes(StandardCharsets.UTF_8).length + 1)
        .getBytes(StandardCharsets.UTF_8);
    refused(file("big.txt", big), "10.0 MB", "at most 2 MB");
  }
}
