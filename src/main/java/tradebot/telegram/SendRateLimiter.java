package tradebot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Paces sends within {@link RateLimits}. A send may go when the chat's last message is old enough
 * and neither its group's window nor the overall window is full; otherwise the caller learns how
 * long to wait and asks again. Only granted sends are recorded, so the windows hold real sends.
 * Replies come first: a post ({@link #tryAcquirePost}) leaves one slot of the overall window free
 * and waits while any reply is waiting, so posts use what replies leave and no more.
 */
final class SendRateLimiter {

  /** Above this many chats, those idle longer than the longest window are forgotten. */
  private static final int PRUNE_ABOVE = 10_000;

  private final RateLimits limits;
  private final Clock clock;
  private final Map<String, Instant> lastPerChat = new HashMap<>();
  private final Map<String, Deque<Instant>> perGroup = new HashMap<>();
  private final Deque<Instant> overall = new ArrayDeque<>();
  private int repliesWaiting;

  /** How long a post waits before asking again while replies are waiting. */
  static final Duration YIELD = Duration.ofMillis(20);

  SendRateLimiter(RateLimits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Zero when the send may go now (and is recorded), else how long to wait before asking again. */
  synchronized Duration tryAcquire(String chatId, boolean group) {
    return acquire(chatId, group, limits.overall());
  }

  /** As {@link #tryAcquire} for a daily post, which gives way to replies. */
  synchronized Duration tryAcquirePost(String chatId, boolean group) {
    if (repliesWaiting > 0) {
      return YIELD;
    }
    return acquire(chatId, group, Math.max(1, limits.overall() - 1));
  }

  /** A reply starts (+1) or stops (-1) waiting for a slot; posts hold back meanwhile. */
  synchronized void replyWaiting(int delta) {
    repliesWaiting += delta;
  }

  private Duration acquire(String chatId, boolean group, int overallMax) {
    Instant now = clock.instant();
    Instant allowed = now;
    Instant last = lastPerChat.get(chatId);
    if (last != null) {
      allowed = later(allowed, last.plus(limits.perChat()));
    }
    allowed = later(allowed, windowFree(overall, overallMax, limits.overallWindow(), now));
    Deque<Instant> groupSends = group ? perGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()) : null;
    if (groupSends != null) {
      allowed = later(allowed, windowFree(groupSends, limits.perGroup(), limits.groupWindow(), now));
    }
    if (allowed.isAfter(now)) {
      return Duration.between(now, allowed);
    }
    lastPerChat.put(chatId, now);
    overall.addLast(now);
    if (groupSends != null) {
      groupSends.addLast(now);
    }
    prune(now);
    return Duration.ZERO;
  }

  /** When the window has room for one more send, dropping sends that have left it. */
  private static Instant windowFree(Deque<Instant> sends, int max, Duration window, Instant now) {
    while (!sends.isEmpty() && !sends.peekFirst().plus(window).isAfter(now)) {
      sends.removeFirst();
    }
    return sends.size() < max ? now : sends.peekFirst().plus(window);
  }

  private void prune(Instant now) {
    if (lastPerChat.size() <= PRUNE_ABOVE && perGroup.size() <= PRUNE_ABOVE) {
      return;
    }
    Duration keep = limits.groupWindow().compareTo(limits.perChat()) > 0 ? limits.groupWindow() : limits.perChat();
    lastPerChat.values().removeIf(t -> t.plus(keep).isBefore(now));
    for (Iterator<Deque<Instant>> it = perGroup.values().iterator(); it.hasNext(); ) {
      Deque<Instant> sends = it.next();
      if (sends.isEmpty() || sends.peekLast().plus(limits.groupWindow()).isBefore(now)) {
        it.remove();
      }
    }
  }

  private static Instant later(Instant a, Instant b) {
    return b.isAfter(a) ? b : a;
  }
}
