package tradebot.ops;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.chat.Incoming;
import tradebot.chat.MessageObserver;
import tradebot.reply.Reply;

/**
 * One log line and the answer metrics per handled message: chat, intent (question or command),
 * outcome, language and latency. Never the message text, tokens or secrets.
 */
public final class MessageLog implements MessageObserver {

  private static final Logger log = LoggerFactory.getLogger(MessageLog.class);

  private final Metrics metrics;

  public MessageLog(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void handled(Incoming message, String intent, Reply reply, Duration took) {
    String outcome = reply.kind().name().toLowerCase(java.util.Locale.ROOT);
    metrics.answered(message.platform(), outcome, reply.lang().tag(), took);
    log.info(
        "handled chat={} intent={} outcome={} lang={} latency_ms={}",
        message.conversation(), intent, outcome, reply.lang().tag(), String.format(java.util.Locale.ROOT, "%.2f", took.toNanos() / 1e6));
  }
}
