package tradebot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack re-sends an event it thinks went unanswered (X-Slack-Retry-Num), and a slow network can
 * deliver one twice; each event_id is answered once. The first delivery claims the id before any
 * listener runs, so a retry arriving while the answer is still being written is dropped too. The
 * claims live in the shared database when there is one (a retry may reach another instance behind
 * the load balancer), else in memory. Runs after signature verification, so forged requests cannot
 * use up ids.
 */
final class EventDeduplication implements Middleware {

  private static final Logger log = LoggerFactory.getLogger(EventDeduplication.class);

  private final EventClaims claims;
  private final Runnable onDuplicate;

  EventDeduplication(EventClaims claims, Runnable onDuplicate) {
    this.claims = claims;
    this.onDuplicate = onDuplicate;
  }

  /** Claims kept in this process's memory; Slack retries for about an hour, {@code remember} should cover that. */
  static EventClaims inMemory(Duration remember, long maxEvents, Ticker ticker) {
    Cache<String, Boolean> seen =
        Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(maxEvents).ticker(ticker).build();
    return id -> seen.asMap().putIfAbsent(id, Boolean.TRUE) == null;
  }

  @Override
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (req instanceof EventRequest event) {
      String id = eventId(event.getRequestBodyAsString());
      if (id != null && !claims.claim(id)) {
        onDuplicate.run();
        log.info("Event {} already handled; acknowledging retry {} without answering again",
            id, event.getContext().getRetryNum());
        return Response.ok();
      }
    }
    return chain.next(req);
  }

  /** Bolt parsed the body already but keeps event_id to itself; it is one field to read. */
  private static String eventId(String body) {
    JsonElement id = JsonParser.parseString(body).getAsJsonObject().get("event_id");
    return id == null || !id.isJsonPrimitive() ? null : id.getAsString();
  }
}
