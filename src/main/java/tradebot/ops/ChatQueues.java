package tradebot.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answering work, one queue per chat, fair under a flood. Each chat's messages run in order, one at
 * a time; chats take turns on a shared pool (after each message a chat goes to the back of the
 * line), so one chat's backlog never holds another's reply. Flood control per chat: a burst of
 * {@code burst} messages is let through, then one more every {@code refill}; the first message over
 * that gets {@link Admission#SLOW_DOWN} (the caller sends one short note), later ones are dropped
 * until the chat has calmed down, and a message identical to one still waiting in its chat is
 * dropped as a repeat. Beyond {@code total} waiting messages overall, {@link Admission#BUSY}.
 * Notes go out on their own small pool ({@link #note}), so they never wait behind answers.
 */
public final class ChatQueues implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChatQueues.class);

  /** What became of a submitted message. */
  public enum Admission {
    /** Queued; it will run. */
    QUEUED,
    /** The same text is already waiting in this chat: dropped. */
    REPEAT,
    /** The first message over the chat's flood limit: dropped; tell the chat to slow down, once. */
    SLOW_DOWN,
    /** Over the flood limit again: dropped silently. */
    DROPPED,
    /** Too many messages waiting overall: dropped; tell the chat to try again later. */
    BUSY,
    /** Shutting down: not taken (left for the next start or another instance). */
    CLOSED
  }

  /**
   * @param workers threads answering
   * @param burst messages a chat may send at once before flood control starts
   * @param refill one more message allowed per this much time
   * @param total messages waiting overall before new ones are refused as busy
   */
  public record Limits(int workers, int burst, Duration refill, int total) {
    public Limits {
      Objects.requireNonNull(refill, "refill");
      if (workers < 1 || burst < 1 || total < 1 || refill.isNegative() || refill.isZero()) {
        throw new IllegalArgumentException("chat queue limits must be positive: " + workers + ", " + burst + ", "
            + refill + ", " + total);
      }
    }

    /** 8 workers; 5 messages at once per chat, then one per 3 s; 2,000 waiting overall. */
    public static final Limits DEFAULT = new Limits(8, 5, Duration.ofSeconds(3), 2_000);
  }

  private final class Chat {
    final String id;
    final Deque<Item> pending = new ArrayDeque<>();
    boolean running;
    double tokens;
    Instant refilledAt;
    boolean noted;

    Chat(String id, Instant now) {
      this.id = id;
      this.tokens = limits.burst();
      this.refilledAt = now;
    }
  }

  private record Item(String text, Runnable task) {}

  private final String platform;
  private final Limits limits;
  private final Clock clock;
  private final Metrics metrics;
  private final ExecutorService workers;
  private final ThreadPoolExecutor notes;
  private final Map<String, Chat> chats = new HashMap<>();
  private int waiting;
  private boolean closed;

  public ChatQueues(String platform, Limits limits, Clock clock, Metrics metrics) {
    this.platform = platform;
    this.limits = limits;
    this.clock = clock;
    this.metrics = metrics;
    this.workers = Executors.newFixedThreadPool(limits.workers(), DaemonThreads.named(platform + "-answer"));
    this.notes = new ThreadPoolExecutor(1, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1_000), DaemonThreads.named(platform + "-note"));
    metrics.gauge("tradebot.queue.depth", "Messages waiting to be answered", platform, this::depth);
  }

  /**
   * Offers a message of {@code chat} ({@code text} compares repeats; null never collapses). Only
   * {@link Admission#QUEUED} messages run.
   */
  public Admission submit(String chat, String text, Runnable task) {
    Admission admission = admit(chat, text, task);
    if (admission != Admission.QUEUED && admission != Admission.CLOSED) {
      metrics.shed(platform, admission.name().toLowerCase(java.util.Locale.ROOT));
    }
    return admission;
  }

  /**
   * Queues work of {@code chat} that costs no answer (e.g. group chatter the bot ignores): kept in
   * the chat's order, never refused by flood control or the overall limit.
   */
  public synchronized void submitUncounted(String chatId, Runnable task) {
    if (closed) {
      return;
    }
    Instant now = clock.instant();
    enqueue(chats.computeIfAbsent(chatId, id -> new Chat(id, now)), new Item(null, task));
  }

  private void enqueue(Chat chat, Item item) {
    chat.pending.addLast(item);
    waiting++;
    if (!chat.running) {
      chat.running = true;
      schedule(chat);
    }
  }

  private synchronized Admission admit(String chatId, String text, Runnable task) {
    if (closed) {
      return Admission.CLOSED;
    }
    Instant now = clock.instant();
    Chat chat = chats.computeIfAbsent(chatId, id -> new Chat(id, now));
    refill(chat, now);
    if (text != null && chat.pending.stream().anyMatch(i -> text.equals(i.text()))) {
      return Admission.REPEAT;
    }
    if (chat.tokens < 1) {
      if (chat.noted) {
        return Admission.DROPPED;
      }
      chat.noted = true;
      return Admission.SLOW_DOWN;
    }
    if (waiting >= limits.total()) {
      return Admission.BUSY;
    }
    chat.tokens -= 1;
    enqueue(chat, new Item(text, task));
    return Admission.QUEUED;
  }

  private void refill(Chat chat, Instant now) {
    double earned = Duration.between(chat.refilledAt, now).toNanos() / (double) limits.refill().toNanos();
    if (earned > 0) {
      chat.tokens = Math.min(limits.burst(), chat.tokens + earned);
      chat.refilledAt = now;
    }
    if (chat.tokens >= limits.burst()) {
      chat.noted = false; // calm again: a new flood gets a new note
    }
  }

  /** Runs a short note (slow down, busy) to a chat on the notes pool; dropped if that is full too. */
  public void note(Runnable send) {
    try {
      notes.execute(send);
    } catch (RejectedExecutionException e) {
      log.warn("{}: note not sent, too many waiting", platform);
    }
  }

  /** Messages waiting (not yet started) over all chats. */
  public synchronized int depth() {
    return waiting;
  }

  private void schedule(Chat chat) {
    try {
      workers.execute(() -> runNext(chat));
    } catch (RejectedExecutionException e) {
      // closing: what is still queued is not answered
      chat.running = false;
    }
  }

  private void runNext(Chat chat) {
    Item item;
    synchronized (this) {
      item = chat.pending.pollFirst();
      if (item == null) {
        chat.running = false;
        return;
      }
      waiting--;
    }
    try {
      item.task().run();
    } catch (RuntimeException | StackOverflowError e) {
      log.error("{}: answering a message of chat {} failed", platform, chat.id, e);
    }
    synchronized (this) {
      if (chat.pending.isEmpty()) {
        chat.running = false;
        forgetIfIdle(chat);
      } else {
        schedule(chat); // to the back of the line: other chats go first
      }
    }
  }

  private void forgetIfIdle(Chat chat) {
    refill(chat, clock.instant());
    if (chats.size() > 10_000 && chat.pending.isEmpty() && !chat.running && chat.tokens >= limits.burst()) {
      chats.remove(chat.id);
    }
  }

  /** Stops taking messages and lets those queued finish for up to {@code wait}. */
  public void close(Duration wait) {
    synchronized (this) {
      closed = true;
    }
    workers.shutdown();
    notes.shutdown();
    try {
      if (!workers.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
      notes.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    notes.shutdownNow();
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }
}
