package tradebot.ingest;

/** An article that cannot be ingested, with one line saying why; nothing of it was stored. */
public final class IngestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IngestException(String message) {
    super(message);
  }

  public IngestException(String message, Throwable cause) {
    super(message, cause);
  }
}
