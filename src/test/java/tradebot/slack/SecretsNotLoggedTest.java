package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tradebot.TestCores;

/** With every logger at DEBUG, a run through both modes logs no token and no signing secret. */
class SecretsNotLoggedTest {

  static final String SECRET = SlackHttpModeTest.SIGNING_SECRET;
  static final List<String> SECRETS = List.of(SlackHttpModeTest.BOT_TOKEN, SlackSocketModeTest.APP_TOKEN, SECRET,
      "fake-bot-token", "fake-app-token", "0123456789abcdef");

  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  final List<Appender<ILoggingEvent>> console = new ArrayList<>();
  Level before;

  @BeforeEach
  void captureEverything() {
    before = root.getLevel();
    root.iteratorForAppenders().forEachRemaining(console::add);
    console.forEach(root::detachAppender); // the DEBUG flood goes to the list only
    root.setLevel(Level.DEBUG);
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void restore() {
    root.detachAppender(logged);
    console.forEach(root::addAppender);
    root.setLevel(before);
  }

  @Test
  void httpModeLogsNoSecret() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi()) {
      SlackBot bot = SlackBot.build(
          new SlackSettings(SlackHttpModeTest.BOT_TOKEN, null, SECRET,
              new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), slack.apiUrl()),
          TestCores.core(), new RecordingSleeper(), Ticker.systemTicker());
      try (bot) {
        bot.start();
        SignedRequests requests = new SignedRequests(
            URI.create("http://127.0.0.1:" + bot.httpAddress().getPort() + SlackSettings.EVENTS_PATH), SECRET);
        requests.post(SignedRequests.slashCommand("Hunan EV exports", "C0CHAN", slack.responseUrl("1")),
            SlackHttpModeTest.FORM, Instant.now(), "wrong-secret-for-a-forged-request", Map.of());
        slack.scriptPost(429, Map.of("Retry-After", "1"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        requests.post(SignedRequests.eventCallback("Ev0LOG", SlackHttpModeTest.dm("Hunan EV exports", "1.1")),
            SlackHttpModeTest.JSON);
        slack.nextPost();
        slack.nextPost();
      }
    }
    assertNoSecretLogged("/api/chat.postMessage");
  }

  @Test
  void socketModeLogsNoSecret() throws Exception {
    try (FakeSlackApi slack = new FakeSlackApi()) {
      SlackSocketModeTest.FakeSocket socket = new SlackSocketModeTest.FakeSocket();
      socket.start();
      socket.started.await(20, TimeUnit.SECONDS);
      slack.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
      try (SlackBot bot = SlackBot.build(
          new SlackSettings(SlackHttpModeTest.BOT_TOKEN, SlackSocketModeTest.APP_TOKEN, null, null, slack.apiUrl()),
          TestCores.core(), new RecordingSleeper(), Ticker.systemTicker())) {
        bot.start();
        assertThat(socket.connected.await(20, TimeUnit.SECONDS)).isTrue();
      } finally {
        socket.stop(100);
      }
    }
    assertNoSecretLogged("/api/apps.connections.open");
  }

  private void assertNoSecretLogged(String callThatWasLogged) {
    List<ILoggingEvent> events;
    synchronized (logged) { // background threads (sockets, pools) may still be logging
      events = new ArrayList<>(logged.list);
    }
    assertThat(events).as("the token-bearing call was logged at DEBUG")
        .anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(callThatWasLogged));
    for (ILoggingEvent e : events) {
      String text = e.getFormattedMessage()
          + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()));
      for (String secret : SECRETS) {
        assertThat(text).as("log line from %s", e.getLoggerName()).doesNotContain(secret);
      }
    }
  }
}
