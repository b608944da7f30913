package tradebot.answer;

import java.util.Optional;

/**
 * Where {@link ConversationMemory} keeps each conversation's state, as text: this process's memory
 * by default, or a database several instances share (so a follow-up answered by another instance
 * knows the previous turn). Implementations forget state older than the memory's keep-for time and
 * never throw: an unreachable store reads as "nothing remembered".
 */
public interface ConversationStore {

  Optional<String> load(String conversation);

  void save(String conversation, String state);
}
