package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Utf8SignatureGeneratorTest {

  @Test
  void signsTheUtf8BytesWhateverThePlatformCharset() throws Exception {
    String body = "{\"event\":{\"text\":\"湖南进出口总值 😀\"}}";
    assertThat(new Utf8SignatureGenerator("secret-0123456789").generate("1700000000", body))
        .isEqualTo(SignedRequests.sign("secret-0123456789", "1700000000", body));
  }
}
