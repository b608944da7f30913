package tradebot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Retry decisions, with the waits recorded instead of slept. */
class TelegramSenderTest {

  private static final String TOKEN = "42:secretSECRETsecret";
  private final Deque<Object> script = new ArrayDeque<>();
  private final List<Duration> waits = new ArrayList<>();
  private int calls;
  private final MutableClock clock = new MutableClock();

  private final TelegramClient client =
      (TelegramClient)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {TelegramClient.class},
              (proxy, method, args) -> {
                calls++;
                Object next = script.isEmpty() ? new Message() : script.poll();
                if (next instanceof Throwable t) {
                  throw t;
                }
                return next;
              });

  private final TelegramSender sender = sender(TestBots.LOOSE);

  private TelegramSender sender(RateLimits limits) {
    return new TelegramSender(
          client,
          new SendRateLimiter(limits, clock),
          new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofSeconds(60)),
          d -> {
            waits.add(d);
            clock.advance(d);
          },
          new TokenMask(TOKEN));
  }

  private static SendMessage message() {
    return SendMessage.builder().chatId("7").text("hi").build();
  }

  private static TelegramApiRequestException apiError(int code, Integer retryAfter) {
    return new TelegramApiRequestException(
        "Error executing query",
        ApiResponse.builder().ok(false).errorCode(code).errorDescription("error " + code)
            .parameters(retryAfter == null ? null : new ResponseParameters(null, retryAfter)).build());
  }

  @Test
  void waitsTheRetryAfterOfA429ThenSends() {
    script.add(apiError(429, 7));
    sender.send("7", false, message());
    assertThat(calls).isEqualTo(2);
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void givesUpOnA429ThatAsksForTooLongAWait() {
    script.add(apiError(429, 3600));
    assertThatThrownBy(() -> sender.send("7", false, message())).isInstanceOf(DeliveryException.class);
    assertThat(calls).isEqualTo(1);
  }

  @Test
  void retriesServerErrorsWithDoublingBoundedBackoff() {
    for (int i = 0; i < 4; i++) {
      script.add(apiError(502, null));
    }
    assertThatThrownBy(() -> sender.send("7", false, message()))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("after 4 attempts");
    assertThat(calls).isEqualTo(4);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  @Test
  void retriesTimeouts() {
    script.add(new TelegramApiException("Unable to execute sendmessage method", new SocketTimeoutException("timeout")));
    sender.send("7", false, message());
    assertThat(calls).isEqualTo(2);
  }

  @Test
  void recordsA403AndDoesNotRetry() {
    script.add(apiError(403, null));
    assertThatThrownBy(() -> sender.send("7", false, message()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.blocked()).isTrue());
    assertThat(calls).isEqualTo(1);
    assertThat(sender.blockedChats()).containsExactly("7");
  }

  @Test
  void doesNotRetryABadRequest() {
    script.add(apiError(400, null));
    assertThatThrownBy(() -> sender.send("7", false, message())).isInstanceOf(DeliveryException.class);
    assertThat(calls).isEqualTo(1);
  }

  @Test
  void pacesMessagesToOneChat() {
    TelegramSender paced = sender(RateLimits.TELEGRAM);
    paced.send("7", false, message());
    paced.send("7", false, message());
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void keepsTheTokenOutOfItsErrors() {
    script.add(new TelegramApiRequestException(
        "Unable to deserialize response",
        new IOException("Unexpected character at <html>502 for /bot" + TOKEN + "/sendmessage</html>")));
    script.add(apiError(400, null));
    assertThatThrownBy(() -> sender.send("7", false, message()))
        .satisfies(e -> {
          for (Throwable t = e; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain("secretSECRETsecret");
          }
        });
  }
}
