package tradebot.extract;

import java.util.Objects;

/**
 * An article as given to {@code ingest}: its metadata and its text as published (headline already
 * taken off when it was the first line). {@code date} is YYYY-MM-DD or YYYY-MM; relative periods in
 * the text ("今年前三季度") are resolved against it.
 */
public record Article(String title, String publisher, String author, String date, String url, String body) {

  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    publisher = publisher == null ? "" : publisher;
    author = author == null ? "" : author;
    date = date == null ? "" : date;
    url = url == null ? "" : url;
  }
}
