package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Failures that echo the request URL (a proxy's error page) still log no token. */
class TokenStaysSecretTest {

  @TempDir Path dir;
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger adapterLog = (Logger) LoggerFactory.getLogger("tradebot.telegram");

  @BeforeEach
  void captureLogs() {
    logs.start();
    adapterLog.addAppender(logs);
  }

  @AfterEach
  void release() {
    adapterLog.detachAppender(logs);
  }

  @Test
  void keepsTheTokenOutOfLogsWhenSendsFail() throws Exception {
    String secret = FakeBotApi.TOKEN.substring(FakeBotApi.TOKEN.indexOf(':') + 1);
    try (FakeBotApi api = new FakeBotApi()) {
      String echo = "<html>502 Bad Gateway for /bot" + FakeBotApi.TOKEN + "/sendmessage</html>";
      api.failNext("sendmessage", TestBots.QUICK.attempts(), 502, echo);
      api.failNext("sendmessage", 1, 400, FakeBotApi.error(400, "Bad Request: chat /bot" + FakeBotApi.TOKEN + " not found"));
      try (TelegramBot bot = TestBots.start(api, dir.resolve("offset"))) {
        api.text(1101, "/help");
        api.text(1101, "/topics");
        api.text(1101, "/fact");
        // One chat's updates run in order: when /fact is sent, the failures before it are logged.
        api.await("sendmessage", TestBots.QUICK.attempts() + 2);
      }
    }
    List<String> lines =
        logs.list.stream()
            .map(e -> e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
            .toList();
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("123456789:***"));
    assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain(secret));
  }
}
