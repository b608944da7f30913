package tradebot.store;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A published article the bot quotes, with its full text and the sentences cut from it. */
public record Source(
    String id,
    String title,
    String publication,
    String author,
    String date,
    String script,
    String text,
    List<String> sentences) {

  public Source {
    requireNonNull(id, "source id");
    requireNonNull(title, "title of " + id);
    requireNonNull(publication, "publication of " + id);
    requireNonNull(author, "author of " + id);
    requireNonNull(date, "date of " + id);
    requireNonNull(text, "text of " + id);
    sentences = List.copyOf(sentences);
  }

  /** How a source is cited under a quote: publication (when printed), title, author, date. */
  public String citation() {
    String title = "《" + this.title + "》";
    return (publication.isEmpty() ? "" : publication + " ") + title + (author.isEmpty() ? "" : " · " + author)
        + (date.isEmpty() ? "" : " · " + date);
  }
}
