package tradebot.telegram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes each batch from long polling: chats in parallel, each chat's updates in order, and returns
 * only when the batch is done, because the next getUpdates is what tells Telegram the batch was
 * received. The last handled id is persisted as updates finish, and polling resumes after it, so a
 * restart neither replays nor skips updates.
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

  /** Seconds Telegram holds a getUpdates open when there is nothing new. */
  static final int POLL_TIMEOUT_SECONDS = 50;

  /** What the bot wants to hear about; everything else Telegram need not send. */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "channel_post", "callback_query", "my_chat_member");

  private final UpdateDispatcher dispatcher;
  private final UpdateOffsetStore offsets;
  private final ExecutorService workers;
  private final AtomicLong handled;

  UpdateConsumer(UpdateDispatcher dispatcher, UpdateOffsetStore offsets, ExecutorService workers) {
    this.dispatcher = dispatcher;
    this.offsets = offsets;
    this.workers = workers;
    this.handled = new AtomicLong(offsets.load());
  }

  /** The getUpdates after {@code lastReceived} (telegrambots' count) or the persisted id, whichever is later. */
  GetUpdates nextRequest(Integer lastReceived) {
    long after = Math.max(lastReceived == null ? 0 : lastReceived, handled.get());
    return GetUpdates.builder()
        .offset((int) Math.min(Integer.MAX_VALUE, after + 1))
        .limit(100)
        .timeout(POLL_TIMEOUT_SECONDS)
        .allowedUpdates(ALLOWED_UPDATES)
        .build();
  }

  @Override
  public void consume(List<Update> updates) {
    List<Update> fresh =
        updates.stream()
            .filter(u -> u.getUpdateId() != null && u.getUpdateId() > handled.get())
            .sorted(Comparator.comparing(Update::getUpdateId))
            .toList();
    if (fresh.isEmpty()) {
      return;
    }
    BatchProgress progress = new BatchProgress(fresh.stream().map(u -> (long) u.getUpdateId()).toList());
    Map<String, List<Update>> byChat = new LinkedHashMap<>();
    for (Update u : fresh) {
      String key = ChatTarget.of(u).map(ChatTarget::chatId).orElse("update " + u.getUpdateId());
      byChat.computeIfAbsent(key, k -> new ArrayList<>()).add(u);
    }
    List<Future<?>> running = new ArrayList<>();
    try {
      for (List<Update> chat : byChat.values()) {
        running.add(workers.submit(() -> handleInOrder(chat, progress)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (RejectedExecutionException e) {
      log.info("shutting down; updates after {} will be fetched again on restart", handled.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      log.error("an update worker failed", e.getCause());
    }
  }

  private void handleInOrder(List<Update> chat, BatchProgress progress) {
    for (Update u : chat) {
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
      dispatcher.dispatch(u);
      OptionalLong upTo = progress.done(u.getUpdateId());
      if (upTo.isPresent()) {
        persist(upTo.getAsLong());
      }
    }
  }

  private synchronized void persist(long upTo) {
    if (upTo <= handled.get()) {
      return;
    }
    try {
      offsets.save(upTo);
    } catch (RuntimeException e) {
      // Keep serving; at worst a restart answers these updates again.
      log.error("could not persist update offset {}", upTo, e);
    }
    handled.set(upTo);
  }
}
