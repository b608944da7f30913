package tradebot.measure;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tradebot.store.DataException;
import tradebot.store.DataLocation;

/**
 * The measures of data/measures.json and their hierarchy, and the reading of a (folded) text into
 * the measure it names. Names are matched longest first, so 进出口 is trade and not exports, and
 * 电动汽车 is EVs and not vehicles; Latin names match whole words only.
 */
public final class MeasureCatalog {

  private record Name(String text, String measure, boolean latin) {}

  private final Map<String, Measure> measures = new LinkedHashMap<>();
  private final List<Name> names = new ArrayList<>();

  public MeasureCatalog(List<Measure> list, UnaryOperator<String> fold) {
    for (Measure m : list) {
      if (measures.put(m.id(), m) != null) {
        throw new DataException("measures.json: measure " + m.id() + " is listed twice");
      }
    }
    for (Measure m : list) {
      for (String p : m.parents()) {
        if (!measures.containsKey(p)) {
          throw new DataException("measures.json: measure " + m.id() + ": unknown parent " + p);
        }
      }
      m.zh().forEach(z -> names.add(new Name(fold.apply(z), m.id(), false)));
      m.en().forEach(e -> names.add(new Name(fold.apply(e), m.id(), true)));
    }
    names.removeIf(n -> n.text().isBlank());
    names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
  }

  /** The catalogue in data/measures.json; {@code fold} is applied to every name. */
  public static MeasureCatalog load(DataLocation data, UnaryOperator<String> fold) {
    record File(List<Measure> measures) {}
    try (InputStream in = data.open("measures.json")) {
      var mapper = new ObjectMapper().configure(
          com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      List<Measure> list = new ArrayList<>(mapper.readValue(in, File.class).measures());
      // every trading partner of the place lexicon is a partner measure too, so "South Africa" is
      // read as itself and not as the "Africa" inside it
      Set<String> named = new HashSet<>();
      list.forEach(m -> named.addAll(m.zh()));
      for (tradebot.extract.Places.Place p : tradebot.extract.Places.load(data).all()) {
        boolean known = list.stream().anyMatch(m -> m.id().equals(p.id())) || p.zh().stream().anyMatch(named::contains);
        if (p.isPartner() && !known) {
          // "us" is also the pronoun and the US dollar: only the longer English names count
          List<String> en = p.en().stream().filter(e -> !e.equals("us")).toList();
          list.add(new Measure(p.id(), "partner", List.of(), p.zh(), en));
        }
      }
      return new MeasureCatalog(list, fold);
    } catch (IOException e) {
      throw new DataException(data.describe("measures.json") + ": " + e.getMessage(), e);
    }
  }

  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(measures.get(id));
  }

  /** Whether {@code outer} contains {@code inner} (directly or further down); a measure does not contain itself. */
  public boolean contains(String outer, String inner) {
    Deque<String> todo = new ArrayDeque<>(measures.getOrDefault(inner, new Measure(inner, null, null, null, null)).parents());
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String p = todo.pop();
      if (p.equals(outer)) {
        return true;
      }
      if (seen.add(p)) {
        todo.addAll(measures.get(p).parents());
      }
    }
    return false;
  }

  /** The measure a folded text names. Exports named together with imports are trade. */
  public Measurement read(String folded) {
    StringBuilder text = new StringBuilder(folded);
    Set<String> flows = new LinkedHashSet<>();
    Set<String> subjects = new LinkedHashSet<>();
    for (Name n : names) {
      int from = 0;
      int at;
      while ((at = text.indexOf(n.text(), from)) >= 0) {
        int end = at + n.text().length();
        if (!n.latin() || (boundary(text, at - 1) && boundary(text, end))) {
          (measures.get(n.measure()).isFlow() ? flows : subjects).add(n.measure());
          for (int i = at; i < end; i++) {
            text.setCharAt(i, ' ');
          }
        }
        from = end;
      }
    }
    return new Measurement(flowOf(flows), mostSpecific(subjects), text.toString().replaceAll("\\s+", " "));
  }

  private Optional<String> flowOf(Set<String> flows) {
    if (flows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> specific = mostSpecific(flows);
    if (specific.size() == 1) {
      return Optional.of(specific.iterator().next());
    }
    // "进口和出口" names both parts: the whole they make up
    for (String f : specific) {
      for (String p : measures.get(f).parents()) {
        if (specific.stream().allMatch(s -> contains(p, s))) {
          return Optional.of(p);
        }
      }
    }
    return Optional.of(specific.iterator().next());
  }

  /** "农产品出口贸易": exports, the narrower of the two names. */
  private Set<String> mostSpecific(Set<String> ids) {
    Set<String> out = new LinkedHashSet<>(ids);
    out.removeIf(a -> ids.stream().anyMatch(b -> !a.equals(b) && contains(a, b)));
    return out;
  }

  private static final Pattern LATIN = Pattern.compile("[a-z0-9]");

  private static boolean boundary(CharSequence text, int i) {
    return i < 0 || i >= text.length() || !LATIN.matcher(String.valueOf(text.charAt(i))).matches();
  }
}
