package tradebot.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads sources and indicators with Jackson and checks them before anything is answered: a bad file
 * stops start-up with a message naming the file, the record and the field, and no store is built.
 */
public final class StoreLoader {

  private static final Set<String> REGIONS =
      Set.of(
          "hunan", "changsha", "changsha_ftz", "yiyang", "xiangxi", "zhangjiajie", "huaihua",
          "china");

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  private final SentenceSplitter splitter = new SentenceSplitter();

  record SourcesFile(List<SourceEntry> sources) {}

  record SourceEntry(
      String id,
      String file,
      String title,
      String publication,
      String author,
      String date,
      @JsonProperty("date_note") String dateNote,
      String script) {}

  record IndicatorFile(String source, List<IndicatorEntry> indicators, List<Ignored> ignored) {}

  record Ignored(String sentence, String reason) {}

  record Names(String zh, String en) {}

  record IndicatorEntry(
      String id,
      String region,
      String period,
      String kind,
      Boolean headline,
      Names metric,
      Keywords keywords,
      String value,
      String unit,
      BigDecimal number,
      @JsonProperty("value_en") String valueEn,
      String qualifier,
      String growth,
      String sentence) {}

  record Keywords(List<String> zh, List<String> en) {}

  public IndicatorStore load(DataLocation data) {
    SourcesFile sourcesFile = read(data, "sources/sources.json", SourcesFile.class);
    if (sourcesFile.sources() == null || sourcesFile.sources().isEmpty()) {
      throw new DataException(data.describe("sources/sources.json") + ": no sources listed");
    }
    List<Source> sources = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    Map<String, List<String>> ignored = new java.util.LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (SourceEntry entry : sourcesFile.sources()) {
      Source source = source(data, entry);
      sources.add(source);
      String file = "indicators/" + source.id() + ".json";
      IndicatorFile content = read(data, file, IndicatorFile.class);
      if (content.indicators() == null) {
        throw new DataException(data.describe(file) + ": no \"indicators\" array");
      }
      Set<String> sentences = new HashSet<>(source.sentences());
      for (IndicatorEntry e : content.indicators()) {
        Indicator indicator = indicator(data.describe(file), source, sentences, e);
        if (!ids.add(indicator.id())) {
          throw new DataException(
              data.describe(file) + ": record " + indicator.id() + ": id is not unique");
        }
        indicators.add(indicator);
      }
      List<String> ignoredHere = new ArrayList<>();
      for (Ignored i : content.ignored() == null ? List.<Ignored>of() : content.ignored()) {
        if (i.sentence() == null || !sentences.contains(i.sentence())) {
          throw new DataException(
              data.describe(file) + ": ignored sentence is not a sentence of " + source.id() + ": "
                  + i.sentence());
        }
        ignoredHere.add(i.sentence());
      }
      ignored.put(source.id(), ignoredHere);
    }
    return new IndicatorStore(sources, indicators, ignored);
  }

  private Source source(DataLocation data, SourceEntry e) {
    String where = data.describe("sources/sources.json") + ": source " + e.id();
    require(e.id(), where, "id");
    require(e.file(), where, "file");
    require(e.title(), where, "title");
    require(e.author(), where, "author");
    require(e.date(), where, "date");
    String text;
    try (InputStream in = data.open("sources/" + e.file())) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new DataException(where + ": cannot read " + data.describe("sources/" + e.file()), ex);
    }
    return new Source(
        e.id(), e.title(), e.publication() == null ? "" : e.publication(), e.author(), e.date(), e.script(), text,
        splitter.split(text));
  }

  private Indicator indicator(
      String file, Source source, Set<String> sentences, IndicatorEntry e) {
    String where = file + ": record " + (e.id() == null ? "(no id)" : e.id());
    require(e.id(), where, "id");
    if (!e.id().matches("[a-z0-9]+(_[a-z0-9]+)*")) {
      throw new DataException(where + ": field id is not snake_case");
    }
    require(e.region(), where, "region");
    if (!REGIONS.contains(e.region())) {
      throw new DataException(where + ": field region: unknown region " + e.region());
    }
    require(e.period(), where, "period");
    require(e.kind(), where, "kind");
    Indicator.Kind kind;
    try {
      kind = Indicator.Kind.valueOf(e.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException ex) {
      throw new DataException(where + ": field kind: unknown kind " + e.kind(), ex);
    }
    if (e.metric() == null) {
      throw new DataException(where + ": field metric is missing");
    }
    require(e.metric().zh(), where, "metric.zh");
    require(e.metric().en(), where, "metric.en");
    require(e.value(), where, "value");
    require(e.sentence(), where, "sentence");
    if (!sentences.contains(e.sentence())) {
      throw new DataException(
          where + ": field sentence is not a sentence of source " + source.id() + " (verbatim)");
    }
    if (!e.sentence().contains(e.value())) {
      throw new DataException(where + ": field value \"" + e.value() + "\" is not in its sentence");
    }
    if (e.growth() != null && !e.growth().isBlank() && !e.sentence().contains(e.growth())) {
      throw new DataException(
          where + ": field growth \"" + e.growth() + "\" is not in its sentence");
    }
    Keywords k = e.keywords() == null ? new Keywords(List.of(), List.of()) : e.keywords();
    return new Indicator(
        e.id(),
        source.id(),
        e.region(),
        e.period(),
        kind,
        Boolean.TRUE.equals(e.headline()),
        e.metric().zh(),
        e.metric().en(),
        k.zh() == null ? List.of() : k.zh(),
        k.en() == null ? List.of() : k.en(),
        e.value(),
        e.unit(),
        e.number(),
        e.valueEn(),
        e.qualifier(),
        e.growth(),
        e.sentence());
  }

  /**
   * "record 57 (hunan_x): " when the error lies inside an array of records (a file cut short, a
   * field of the wrong type), from the parser's position; the id is the last one written before
   * the error, if it belongs to that record. Empty when the error is outside the records.
   */
  private static String record(DataLocation data, String file, JsonProcessingException e) {
    if (!(e.getProcessor() instanceof JsonParser parser)) {
      return "";
    }
    for (JsonStreamContext c = parser.getParsingContext(); c != null && c.getParent() != null; c = c.getParent()) {
      if (c.inArray() && c.getParent().inObject() && c.getParent().getParent() != null
          && c.getParent().getParent().inRoot()) {
        int index = Math.max(0, c.getCurrentIndex());
        return "record " + (index + 1) + idOf(data, file, e, index) + field(e) + ": ";
      }
    }
    return "";
  }

  /** ", field number" when Jackson knows which field was wrong. */
  private static String field(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
      String name = m.getPath().get(m.getPath().size() - 1).getFieldName();
      return name == null ? "" : ", field " + name;
    }
    return "";
  }

  private static String idOf(DataLocation data, String file, JsonProcessingException e, int index) {
    if (e.getLocation() == null) {
      return "";
    }
    try (InputStream in = data.open(file)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      String before = String.join("\n", java.util.Arrays.copyOf(lines, Math.min(lines.length, e.getLocation().getLineNr())));
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"").matcher(before);
      int count = 0;
      String last = null;
      while (m.find()) {
        count++;
        last = m.group(1);
      }
      return count == index + 1 ? " (" + last + ")" : "";
    } catch (IOException | RuntimeException ignored) {
      return ""; // the message is still complete without the id
    }
  }

  private static void require(String value, String where, String field) {
    if (value == null || value.isBlank()) {
      throw new DataException(where + ": field " + field + " is missing or empty");
    }
  }

  private <T> T read(DataLocation data, String file, Class<T> type) {
    try (InputStream in = data.open(file)) {
      return mapper.readValue(in, type);
    } catch (JsonProcessingException e) {
      throw new DataException(
          data.describe(file) + ": " + record(data, file, e) + e.getOriginalMessage()
              + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()),
          e);
    } catch (IOException e) {
      throw new DataException(data.describe(file) + ": cannot read: " + e.getMessage(), e);
    }
  }
}
