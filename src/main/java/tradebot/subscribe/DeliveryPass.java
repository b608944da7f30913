package tradebot.subscribe;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.answer.Answerer;
import tradebot.reply.Reply;
import tradebot.subscribe.DeliveryStore.Claim;

/**
 * One round over the subscriptions as of an instant: every post that is due and not yet sent is
 * claimed, sent and marked, one at a time. Any number of passes may run, in one process or in
 * several against one database; the claims make sure each post goes out once.
 */
public final class DeliveryPass {

  private static final Logger log = LoggerFactory.getLogger(DeliveryPass.class);

  /** A 429 asking for longer than this hands the post back instead of holding the pass. */
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

  private static final int ATTEMPTS_PER_PASS = 3;
  private static final Duration TRANSIENT_RETRY = Duration.ofMinutes(1);

  /** A post the platform accepted. */
  public record Delivered(long subscription, String chat, LocalDate date, String fact, String text) {}

  private final SubscriptionStore subscriptions;
  private final DeliveryStore deliveries;
  private final TopicFilter topics;
  private final Answerer answerer;
  private final SubscribeMessages messages;
  private final PostText postText;
  private final Map<String, PostChannel> channels;
  private final Sleeper sleeper;
  private final String owner;
  private final Duration lease;

  /**
   * @param channels the platforms this pass posts to; subscriptions of other platforms are left
   *     to the processes that have those platforms
   * @param owner names this process in claims (unique per process)
   * @param lease how long a claim is protected; must exceed the longest send
   */
  public DeliveryPass(
      Database db,
      SubscriptionStore subscriptions,
      TopicFilter topics,
      Answerer answerer,
      SubscribeMessages messages,
      PostText postText,
      Map<String, PostChannel> channels,
      Sleeper sleeper,
      String owner,
      Duration lease) {
    this.subscriptions = subscriptions;
    this.deliveries = new DeliveryStore(db, subscriptions);
    this.topics = topics;
    this.answerer = answerer;
    this.messages = messages;
    this.postText = postText;
    this.channels = Map.copyOf(channels);
    this.sleeper = sleeper;
    this.owner = owner;
    this.lease = lease;
  }

  /** Sends what is due at {@code now}; returns the posts sent, in order. */
  public List<Delivered> run(Instant now) throws InterruptedException {
    return run(now, () -> false);
  }

  /**
   * Sends what is due at {@code now}, checking {@code stop} before each post: once it says yes,
   * the pass ends after the post in hand and leaves the rest unclaimed, for the next pass or
   * another instance. An interrupt ends it the same way, but may cut a post short.
   */
  public List<Delivered> run(Instant now, BooleanSupplier stop) throws InterruptedException {
    return run(now, stop, d -> {});
  }

  /**
   * As {@link #run(Instant, BooleanSupplier)}, telling {@code onSent} about each post as soon as
   * the platform accepted it (so {@code deliver} can print it before the next one goes out).
   */
  public List<Delivered> run(Instant now, BooleanSupplier stop, Consumer<Delivered> onSent)
      throws InterruptedException {
    // The earliest local date anywhere (UTC-12) is at most one day behind UTC's.
    Set<String> finished = deliveries.finishedSince(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1));
    List<Delivered> sent = new ArrayList<>();
    for (Subscription s : subscriptions.active()) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("delivery pass interrupted after " + sent.size() + " posts");
      }
      if (stop.getAsBoolean()) {
        break;
      }
      if (!channels.containsKey(s.platform())) {
        continue;
      }
      Optional<LocalDate> due = DailySchedule.dueDate(s, now);
      if (due.isEmpty() || finished.contains(DeliveryStore.key(s.id(), due.get()))) {
        continue;
      }
      Optional<Claim> claim =
          deliveries.claim(s.id(), due.get(), now, lease, owner, sub -> topics.factIds(sub.topic()));
      if (claim.isPresent()) {
        Optional<Delivered> d = deliver(claim.get(), now);
        if (d.isPresent()) {
          sent.add(d.get());
          onSent.accept(d.get());
        }
      }
    }
    return sent;
  }

  private Optional<Delivered> deliver(Claim claim, Instant now) throws InterruptedException {
    Subscription s = claim.subscription();
    Optional<Reply> reply = answerer.fact(claim.factId(), s.lang());
    if (reply.isEmpty()) {
      log.warn("fact {} of subscription {} no longer exists; choosing another", claim.factId(), s.id());
      deliveries.forget(claim, owner);
      return Optional.empty();
    }
    Post post =
        new Post(s.id(), s.platform(), s.chatId(), claim.date(), claim.factId(),
            messages.get(s.lang(), "post.heading"), reply.get(),
            messages.get(s.lang(), "post.askMore"), "f_" + claim.factId());
    PostChannel channel = channels.get(s.platform());
    for (int attempt = 1; ; attempt++) {
      try {
        sleeper.sleep(channel.limiter().reserve(s.chatId()));
      } catch (InterruptedException e) {
        deliveries.release(claim, owner, now);
        throw e;
      }
      SendResult result = send(channel.sender(), post);
      if (result instanceof SendResult.Sent) {
        if (!deliveries.markSent(claim, owner, now)) {
          log.warn("post {} of subscription {} sent after its claim was taken over", claim.date(), s.id());
        }
        return Optional.of(new Delivered(s.id(), s.chat(), claim.date(), claim.factId(), postText.plain(post)));
      } else if (result instanceof SendResult.Permanent p) {
        log.info("subscription {} ({}) stopped: {}", s.id(), s.chat(), p.reason());
        deliveries.markFailed(claim, owner);
        subscriptions.deactivate(s.id(), p.reason());
        return Optional.empty();
      } else if (result instanceof SendResult.Transient t) {
        log.warn("post to {} failed, retrying later: {}", s.chat(), t.reason());
        deliveries.release(claim, owner, now.plus(TRANSIENT_RETRY));
        return Optional.empty();
      } else if (result instanceof SendResult.RetryAfter r) {
        channel.limiter().pause(r.retryAfter());
        if (attempt >= ATTEMPTS_PER_PASS || r.retryAfter().compareTo(LONGEST_WAIT) > 0) {
          log.warn("{} rate-limited us for {}; post to {} handed back", s.platform(), r.retryAfter(), s.chat());
          deliveries.release(claim, owner, now.plus(r.retryAfter()));
          return Optional.empty();
        }
      }
    }
  }

  private static SendResult send(PostSender sender, Post post) {
    try {
      return sender.send(post);
    } catch (RuntimeException e) {
      // A sender that throws is treated like a network error: logged here, retried later.
      LoggerFactory.getLogger(DeliveryPass.class).warn("sending to {}:{} threw", post.platform(), post.chatId(), e);
      return SendResult.failedTransiently(e.toString());
    }
  }
}
