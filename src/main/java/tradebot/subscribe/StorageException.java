package tradebot.subscribe;

import java.sql.SQLException;

/** A database failure, unchecked so callers are not forced to handle what they cannot fix. */
public final class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StorageException(SQLException cause) {
    super(cause.getMessage(), cause);
  }

  StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
