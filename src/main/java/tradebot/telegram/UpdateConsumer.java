package tradebot.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes each batch from long polling and hands its updates to the {@link UpdateIntake} (each chat
 * in order, chats in parallel, flood control), returning at once so a chat's backlog never holds
 * the next poll. The last id before which every update is handled is persisted as they finish,
 * and polling resumes after it, so a restart neither replays nor skips updates handled or not yet
 * received. (The next getUpdates tells Telegram the batch was received: updates still queued when
 * the process is killed are not fetched again; a clean stop finishes them first.)
 */
final class UpdateConsumer implements LongPollingUpdateConsumer {

  private static final Logger log = LoggerFactory.getLogger(UpdateConsumer.class);

  /** Seconds Telegram holds a getUpdates open when there is nothing new. */
  static final int POLL_TIMEOUT_SECONDS = 50;

  /** What the bot wants to hear about; everything else Telegram need not send. */
  static final List<String> ALLOWED_UPDATES =
      List.of("message", "edited_message", "channel_post", "callback_query", "inline_query", "my_chat_member");

  private final UpdateIntake intake;
  private final UpdateOffsetStore offsets;
  private final AtomicLong handled;
  private final UpdateProgress progress;

  UpdateConsumer(UpdateIntake intake, UpdateOffsetStore offsets) {
    this.intake = intake;
    this.offsets = offsets;
    this.handled = new AtomicLong(offsets.load());
    this.progress = new UpdateProgress(handled.get());
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
    for (Update u : fresh) {
      progress.received(u.getUpdateId());
    }
    for (Update u : fresh) {
      long id = u.getUpdateId();
      intake.accept(u, () -> progress.done(id).ifPresent(this::persist));
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
