package tradebot.telegram;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Every Bot API call goes through here. Messages to a chat are paced by the rate limiter; a 429
 * waits the retry_after Telegram asks for, 5xx and network failures are retried with bounded
 * backoff, a 403 (bot blocked or kicked) is recorded and not retried, other errors are not retried.
 */
final class TelegramSender {

  private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

  private final TelegramClient client;
  private final SendRateLimiter limiter;
  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final TokenMask mask;
  private final Set<String> blocked = ConcurrentHashMap.newKeySet();
  private final CallListener calls;

  /** Told about every Bot API call: its method and HTTP status (0 when no answer came). */
  @FunctionalInterface
  interface CallListener {
    CallListener NONE = (method, status) -> {};

    void called(String method, int status);
  }

  TelegramSender(TelegramClient client, SendRateLimiter limiter, RetryPolicy policy, Sleeper sleeper, TokenMask mask) {
    this(client, limiter, policy, sleeper, mask, CallListener.NONE);
  }

  TelegramSender(
      TelegramClient client, SendRateLimiter limiter, RetryPolicy policy, Sleeper sleeper, TokenMask mask,
      CallListener calls) {
    this.calls = calls;
    this.client = client;
    this.limiter = limiter;
    this.policy = policy;
    this.sleeper = sleeper;
    this.mask = mask;
  }

  /** A message to a chat: paced, retried; throws {@link DeliveryException} when it cannot go. */
  <T extends Serializable> T send(String chatId, boolean group, BotApiMethod<T> method) {
    T result = execute(method.getMethod(), () -> client.execute(method), chatId, group, true);
    blocked.remove(chatId);
    return result;
  }

  /**
   * A message to a chat for a caller that retries by itself (the daily posts' delivery pass): paced
   * by the same limiter as replies, so both share Telegram's budget, but tried once; Telegram's
   * answer comes back as the exception for the caller to read. A 403 is recorded as for replies.
   */
  <T extends Serializable> T sendOnce(String chatId, boolean group, BotApiMethod<T> method)
      throws TelegramApiException {
    pacePost(chatId, group);
    try {
      T result = observed(method.getMethod(), () -> client.execute(method));
      blocked.remove(chatId);
      return result;
    } catch (TelegramApiRequestException e) {
      if (e.getErrorCode() != null && e.getErrorCode() == 403) {
        blocked.add(chatId);
      }
      throw e;
    }
  }

  /** A call that posts nothing to a chat (answerCallbackQuery, setMyCommands, getMe): retried only. */
  <T extends Serializable> T call(BotApiMethod<T> method) {
    return execute(method.getMethod(), () -> client.execute(method), null, false, false);
  }

  /** setWebhook (a multipart method in telegrambots, so not a {@link BotApiMethod}): retried only. */
  Boolean call(SetWebhook method) {
    return execute(method.getMethod(), () -> client.execute(method), null, false, false);
  }

  /** One Bot API request. */
  @FunctionalInterface
  private interface Request<T> {
    T execute() throws TelegramApiException;
  }

  /** Chats whose last send got a 403: the user blocked the bot, or it was removed from the group. */
  Set<String> blockedChats() {
    return Set.copyOf(blocked);
  }

  void recordBlocked(String chatId) {
    blocked.add(chatId);
  }

  private <T> T execute(String methodName, Request<T> request, String chatId, boolean group, boolean paced) {
    String what = methodName + (chatId == null ? "" : " to chat " + chatId);
    TelegramApiException last = null;
    for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
      try {
        if (paced) {
          pace(chatId, group);
        }
        return observed(methodName, request);
      } catch (TelegramApiRequestException e) {
        last = e;
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        if (code == 403) {
          if (chatId != null) {
            blocked.add(chatId);
          }
          log.info("{} refused (403, bot blocked or removed): {}", what, mask.apply(e.getMessage()));
          throw new DeliveryException(what + " refused: 403", true, mask.apply(e));
        }
        Duration wait;
        if (code == 429) {
          wait = retryAfter(e, attempt);
          if (wait.compareTo(policy.maxRetryAfter()) > 0) {
            throw new DeliveryException(what + " rate limited for " + wait.toSeconds() + "s; not waiting", false, mask.apply(e));
          }
        } else if (code >= 500 || (code == 0 && e.getCause() instanceof IOException)) {
          wait = policy.backoff(attempt);
        } else {
          throw new DeliveryException(what + " rejected: " + mask.apply(e.getMessage()), false, mask.apply(e));
        }
        retryLater(what, attempt, wait, e);
      } catch (TelegramApiException e) {
        last = e;
        if (!(e.getCause() instanceof IOException)) {
          throw new DeliveryException(what + " failed: " + mask.apply(e.getMessage()), false, mask.apply(e));
        }
        retryLater(what, attempt, policy.backoff(attempt), e);
      }
    }
    throw new DeliveryException(
        what + " failed after " + policy.attempts() + " attempts: " + mask.apply(last.getMessage()), false, true,
        mask.apply(last));
  }

  private <T> T observed(String method, Request<T> request) throws TelegramApiException {
    try {
      T result = request.execute();
      calls.called(method, 200);
      return result;
    } catch (TelegramApiRequestException e) {
      calls.called(method, e.getErrorCode() == null ? 0 : e.getErrorCode());
      throw e;
    } catch (TelegramApiException | RuntimeException e) {
      calls.called(method, 0);
      throw e;
    }
  }

  private Duration retryAfter(TelegramApiRequestException e, int attempt) {
    Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
    return seconds == null ? policy.backoff(attempt) : Duration.ofSeconds(Math.max(0, seconds));
  }

  private void retryLater(String what, int attempt, Duration wait, TelegramApiException e) {
    if (attempt == policy.attempts()) {
      return;
    }
    log.warn("{} failed (attempt {}), retrying in {} ms: {}", what, attempt, wait.toMillis(), mask.apply(describe(e)));
    sleep(wait);
  }

  private void pace(String chatId, boolean group) {
    Duration wait = limiter.tryAcquire(chatId, group);
    if (wait.isZero()) {
      return;
    }
    limiter.replyWaiting(+1);
    try {
      do {
        sleep(wait);
      } while (!(wait = limiter.tryAcquire(chatId, group)).isZero());
    } finally {
      limiter.replyWaiting(-1);
    }
  }

  /** Posts give way to replies (see {@link SendRateLimiter#tryAcquirePost}). */
  private void pacePost(String chatId, boolean group) {
    Duration wait;
    while (!(wait = limiter.tryAcquirePost(chatId, group)).isZero()) {
      sleep(wait);
    }
  }

  private void sleep(Duration wait) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while waiting to send", false, ie);
    }
  }

  private static String describe(Throwable e) {
    Throwable cause = e.getCause();
    return e.getMessage() + (cause == null ? "" : " (" + cause + ")");
  }
}
