package tradebot.intent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import tradebot.store.DataException;
import tradebot.store.DataLocation;

/**
 * The words that are not indicator keywords: colloquial synonyms folded to the articles' wording
 * (电车 → 电动汽车), names that contain a place but are not one (长沙海关 is an agency of the whole
 * province), region names, places the articles do not cover, cue
 * words for aspects (growth, share, rank …) and for requests the bot declines. Kept in
 * data/lexicon.json so wording can be extended without code.
 */
public record Lexicon(
    List<Region> regions,
    @JsonProperty("other_places") Words otherPlaces,
    @JsonProperty("relative_years") Map<String, String> relativeYears,
    @JsonProperty("sub_year_periods") Words subYearPeriods,
    Map<String, Words> aspects,
    @JsonProperty("question_words") Words questionWords,
    @JsonProperty("generic_trade") Words genericTrade,
    Map<String, Words> refusal,
    Words greeting,
    Words help,
    Words topics,
    Map<String, String> synonyms,
    @JsonProperty("off_topic") Words offTopic,
    Words entities,
    Words arithmetic) {

  /** Chinese and English forms of a set of cue words. */
  public record Words(List<String> zh, List<String> en) {
    public Words {
      zh = zh == null ? List.of() : List.copyOf(zh);
      en = en == null ? List.of() : List.copyOf(en);
    }
  }

  /** A place the store has figures for, with its names. */
  public record Region(String id, List<String> zh, List<String> en, Map<String, String> name) {
    public String name(boolean english) {
      return name.get(english ? "en" : "zh");
    }
  }

  public static Lexicon load(DataLocation data) {
    try (InputStream in = data.open("lexicon.json")) {
      return new ObjectMapper().readValue(in, Lexicon.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // One line naming the file and the line, not Jackson's multi-line location and reference chain.
      throw new DataException(data.describe("lexicon.json") + ": " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), e);
    } catch (IOException e) {
      throw new DataException(data.describe("lexicon.json") + ": " + e.getMessage(), e);
    }
  }

  /** Ordinary English words, stemmed like questions are, from data/english-words.txt. */
  public static java.util.Set<String> englishDictionary(DataLocation data) {
    try (InputStream in = data.open("english-words.txt")) {
      java.util.Set<String> words = new java.util.HashSet<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          words.add(line.strip());
          words.add(tradebot.text.EnglishWords.stem(line.strip()));
        }
      }
      return words;
    } catch (IOException e) {
      throw new DataException(data.describe("english-words.txt") + ": " + e.getMessage(), e);
    }
  }

  /**
   * This lexicon with every place of the place lexicon that it does not list yet as a region of its
   * own, so a question about 赣州 or Jiangxi finds the figures of an ingested article about them.
   */
  public Lexicon withPlaces(tradebot.extract.Places places) {
    java.util.Set<String> known = new java.util.HashSet<>();
    regions.forEach(r -> known.add(r.id()));
    List<Region> all = new java.util.ArrayList<>(regions);
    for (tradebot.extract.Places.Place p : places.all()) {
      if (!p.isPartner() && known.add(p.id())) {
        all.add(new Region(p.id(), p.zh(), p.en(), Map.of("zh", p.name(false), "en", p.name(true))));
      }
    }
    return new Lexicon(all, otherPlaces, relativeYears, subYearPeriods, aspects, questionWords, genericTrade,
        refusal, greeting, help, topics, synonyms, offTopic, entities, arithmetic);
  }

  public Region region(String id) {
    return regions.stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown region " + id));
  }
}
