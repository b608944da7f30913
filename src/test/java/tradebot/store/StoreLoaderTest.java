package tradebot.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad data file stops start-up with a message that says where the problem is. */
class StoreLoaderTest {
  @TempDir Path dir;

  private static final String SENTENCE = "2025年，甲地进出口总值5,414.1億元，增长3.5%。";

  private void write(String indicatorJson) throws IOException {
    Files.createDirectories(dir.resolve("sources"));
    Files.createDirectories(dir.resolve("indicators"));
    Files.writeString(dir.resolve("sources/a.txt"), "标题\n\n" + SENTENCE + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("sources/sources.json"),
        "{\"sources\":[{\"id\":\"a\",\"file\":\"a.txt\",\"title\":\"T\",\"publication\":\"P\","
            + "\"author\":\"A\",\"date\":\"2026-01\",\"script\":\"zh-Hans\"}]}",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("indicators/a.json"),
        "{\"source\":\"a\",\"indicators\":[" + indicatorJson + "],\"ignored\":[]}",
        StandardCharsets.UTF_8);
  }

  private static String record(String id, String value, String sentence) {
    return "{\"id\":\"" + id + "\",\"region\":\"hunan\",\"period\":\"2025\",\"kind\":\"value\","
        + "\"metric\":{\"zh\":\"进出口总值\",\"en\":\"trade\"},\"keywords\":{\"zh\":[],\"en\":[]},"
        + "\"value\":\"" + value + "\",\"unit\":\"億元\",\"number\":541410000000,\"value_en\":null,"
        + "\"qualifier\":null,\"growth\":\"3.5%\",\"sentence\":\"" + sentence + "\"}";
  }

  private IndicatorStore load() {
    return new StoreLoader().load(DataLocation.directory(dir));
  }

  @Test
  void loadsAValidFile() throws IOException {
    write(record("a_total", "5,414.1", SENTENCE));
    org.assertj.core.api.Assertions.assertThat(load().indicators()).hasSize(1);
  }

  @Test
  void namesFileRecordAndFieldWhenAValueIsNotInItsSentence() throws IOException {
    write(record("a_total", "9,999", SENTENCE));
    assertThatThrownBy(this::load)
        .isInstanceOf(DataException.class)
        .hasMessageContaining("indicators/a.json")
        .hasMessageContaining("a_total")
        .hasMessageContaining("value");
  }

  @Test
  void rejectsASentenceThatIsNotVerbatim() throws IOException {
    write(record("a_total", "5,414.1", "2025年，甲地进出口总值5,414.1億元。"));
    assertThatThrownBy(this::load).hasMessageContaining("a_total").hasMessageContaining("sentence");
  }

  @Test
  void rejectsDuplicateIds() throws IOException {
    write(record("a_total", "5,414.1", SENTENCE) + "," + record("a_total", "5,414.1", SENTENCE));
    assertThatThrownBy(this::load).hasMessageContaining("a_total").hasMessageContaining("not unique");
  }

  @Test
  void reportsTheLineOfBrokenJson() throws IOException {
    write("{\"id\": ");
    assertThatThrownBy(this::load).isInstanceOf(DataException.class).hasMessageContaining("indicators/a.json");
  }

  @Test
  void rejectsAnUnknownRegion() throws IOException {
    write(record("a_total", "5,414.1", SENTENCE).replace("\"hunan\"", "\"mars\""));
    assertThatThrownBy(this::load).hasMessageContaining("region").hasMessageContaining("mars");
  }
}
