package tradebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tradebot.TestCores;

/**
 * Socket Mode end to end: apps.connections.open hands out a loopback WebSocket, over which the test
 * plays Slack, sending envelopes and reading the acknowledgements.
 */
class SlackSocketModeTest {

  static final String APP_TOKEN = "xapp-1-A0APP-000000000000-fake-app-token";

  final ObjectMapper json = new ObjectMapper();
  FakeSlackApi slack;
  FakeSocket socket;
  SlackBot bot;

  /** Slack's side of the Socket Mode connection. */
  static final class FakeSocket extends WebSocketServer {
    final BlockingQueue<String> fromBot = new LinkedBlockingQueue<>();
    final CountDownLatch connected = new CountDownLatch(1);
    final CountDownLatch started = new CountDownLatch(1);
    volatile WebSocket connection;

    FakeSocket() {
      super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      setReuseAddr(true);
    }

    @Override
    public void onStart() {
      started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
      connection = conn;
      conn.send("{\"type\":\"hello\",\"num_connections\":1,\"connection_info\":{\"app_id\":\"A0APP\"}}");
      connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
      fromBot.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket conn, Exception ex) {}

    String nextFromBot() throws InterruptedException {
      String m = fromBot.poll(20, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("the bot sent nothing over the socket within 20 s");
      }
      return m;
    }
  }

  @BeforeEach
  void start() throws Exception {
    slack = new FakeSlackApi();
    socket = new FakeSocket();
    socket.start();
    assertThat(socket.started.await(20, TimeUnit.SECONDS)).isTrue();
    slack.socketModeUrl("ws://127.0.0.1:" + socket.getPort() + "/link");
    SlackSettings settings = new SlackSettings(SlackHttpModeTest.BOT_TOKEN, APP_TOKEN, null, null, slack.apiUrl());
    bot = SlackBot.build(settings, TestCores.core(), new RecordingSleeper(), Ticker.systemTicker());
    bot.start();
    assertThat(socket.connected.await(20, TimeUnit.SECONDS)).as("connected").isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    bot.close();
    socket.stop(100);
    slack.close();
  }

  @Test
  void connectsWithTheAppTokenAndAnswersASlashCommand() throws Exception {
    assertThat(slack.connectionOpens.poll(20, TimeUnit.SECONDS).headers().get("authorization"))
        .isEqualTo("Bearer " + APP_TOKEN);
    String payload = "{\"token\":\"legacy\",\"team_id\":\"" + FakeSlackApi.TEAM + "\",\"channel_id\":\"C0CHAN\","
        + "\"user_id\":\"U0ASKER\",\"command\":\"/trade\",\"text\":\"" + SlackHttpModeTest.EV_QUESTION + "\","
        + "\"api_app_id\":\"A0APP\",\"response_url\":\"" + slack.responseUrl("s1") + "\",\"trigger_id\":\"1.2.3\"}";
    socket.connection.send("{\"envelope_id\":\"env-1\",\"type\":\"slash_commands\",\"accepts_response_payload\":true,"
        + "\"payload\":" + payload + "}");

    assertThat(json.readTree(socket.nextFromBot()).path("envelope_id").asText()).isEqualTo("env-1");
    JsonNode response = json.readTree(slack.nextResponse().body());
    assertThat(SlackHttpModeTest.texts(response.path("blocks"))).contains("124.4");
  }

  @Test
  void answersADirectMessageEventOnceEvenWhenRedelivered() throws Exception {
    String event = SignedRequests.eventCallback("Ev0SOCKET", SlackHttpModeTest.dm("湖南进出口总值", "1700000000.000100"));
    for (int attempt = 0; attempt < 2; attempt++) {
      socket.connection.send("{\"envelope_id\":\"env-" + attempt + "\",\"type\":\"events_api\","
          + "\"accepts_response_payload\":false,\"retry_attempt\":" + attempt + ",\"retry_reason\":\"\","
          + "\"payload\":" + event + "}");
      assertThat(json.readTree(socket.nextFromBot()).path("envelope_id").asText()).isEqualTo("env-" + attempt);
    }
    assertThat(slack.nextPost().form()).containsEntry("channel", "D0DM");
    assertThat(slack.noMorePosts()).isTrue(); // the redelivery was acknowledged before this point
  }
}
