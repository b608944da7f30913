package tradebot.extract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tradebot.store.DataException;
import tradebot.store.DataLocation;

/**
 * The place lexicon (data/places.json): provinces, cities, zones and trading partners with their
 * names and a hierarchy (Changsha is in Hunan; the Changsha FTZ area is in Changsha). A name followed
 * by an agency word (长沙海关, 长沙晚报) names the agency, not the place.
 */
public final class Places {

  /** Where a figure holds, or a trading partner. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Place(String id, String kind, String parent, List<String> zh, List<String> en, Map<String, String> name) {
    public Place {
      zh = zh == null ? List.of() : List.copyOf(zh);
      en = en == null ? List.of() : List.copyOf(en);
      name = name == null ? Map.of() : Map.copyOf(name);
    }

    public boolean isPartner() {
      return kind.equals("partner");
    }

    public String name(boolean english) {
      return name.getOrDefault(english ? "en" : "zh", id);
    }
  }

  /** A place named in a text. */
  public record Found(Place place, int start, int end) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record File(@JsonProperty("agency_suffixes") List<String> agencySuffixes, List<Place> places) {}

  private final List<Place> places;
  private final Map<String, Place> byId = new HashMap<>();
  private final List<Map.Entry<String, Place>> names = new ArrayList<>();
  /** The first place listed under each name. */
  private final Map<String, Place> byName = new HashMap<>();
  private final org.ahocorasick.trie.Trie trie;
  private final List<String> agencySuffixes;

  public Places(List<Place> places, List<String> agencySuffixes) {
    this.places = List.copyOf(places);
    this.agencySuffixes = List.copyOf(agencySuffixes);
    for (Place p : places) {
      byId.put(p.id(), p);
      p.zh().forEach(n -> names.add(Map.entry(n, p)));
    }
    names.sort(Comparator.comparingInt((Map.Entry<String, Place> e) -> -e.getKey().length()));
    names.forEach(e -> byName.putIfAbsent(e.getKey(), e.getValue()));
    this.trie = org.ahocorasick.trie.Trie.builder().ignoreOverlaps().addKeywords(byName.keySet()).build();
  }

  public static Places load(DataLocation data) {
    try (InputStream in = data.open("places.json")) {
      File f = new ObjectMapper().readValue(in, File.class);
      return new Places(f.places(), f.agencySuffixes() == null ? List.of() : f.agencySuffixes());
    } catch (IOException e) {
      throw new DataException(data.describe("places.json") + ": " + e.getMessage(), e);
    }
  }

  public List<Place> all() {
    return places;
  }

  public Optional<Place> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether {@code inner} is {@code outer} or lies inside it. */
  public boolean within(String inner, String outer) {
    for (Place p = byId.get(inner); p != null; p = p.parent() == null ? null : byId.get(p.parent())) {
      if (p.id().equals(outer)) {
        return true;
      }
    }
    return false;
  }

  /** The places a Simplified text names, left to right, longest name first, agencies left out. */
  public List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    // one pass; where names overlap the longest wins (湖南自贸区长沙片区 hides 长沙), agency or not
    for (org.ahocorasick.trie.Emit e : trie.parseText(text)) {
      int end = e.getEnd() + 1;
      if (!isAgency(text, end)) {
        out.add(new Found(byName.get(e.getKeyword()), e.getStart(), end));
      }
    }
    return out;
  }


  private boolean isAgency(String text, int end) {
    String rest = text.substring(end);
    return agencySuffixes.stream().anyMatch(rest::startsWith);
  }
}
