package tradebot.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;
import java.util.List;
import java.util.Map;
import tradebot.slack.Retrying.Outcome;

/**
 * Sends messages to Slack: chat.postMessage into a channel or thread, or a response to a slash
 * command's or button's response_url. Both retry through {@link Retrying}. Public so that other
 * features (daily fact posts) can post to Slack the same way.
 */
public final class SlackSender {

  private final Slack slack;
  private final MethodsClient methods;
  private final Retrying retrying;
  private final Gson gson;

  SlackSender(Slack slack, String botToken, Retrying retrying) {
    this.slack = slack;
    this.methods = slack.methods(botToken);
    this.retrying = retrying;
    this.gson = GsonFactory.createSnakeCase(slack.getConfig());
  }

  /** Posts to a channel (or DM), into a thread when {@code threadTs} is not null. */
  public void post(String channel, String threadTs, SlackMessage message)
      throws SlackDeliveryException, InterruptedException {
    retrying.call("chat.postMessage to " + channel, () -> {
      try {
        ChatPostMessageResponse r =
            methods.chatPostMessage(req -> req.channel(channel).threadTs(threadTs).text(message.text()).blocks(message.blocks()));
        if (r.isOk()) {
          return new Outcome.Done<>(r);
        }
        return "ratelimited".equals(r.getError())
            ? new Outcome.Retry<>(r.getError(), null)
            : new Outcome.Fail<>(r.getError());
      } catch (SlackApiException e) {
        return byStatus(e.getResponse().code(), e.getResponse().header("Retry-After"));
      }
    });
  }

  /**
   * Answers through a response_url: figures go to the whole channel, everything else (help,
   * questions back, declines) only to the asker. {@code replaceOriginal} swaps the message that
   * held the clicked button.
   */
  public void respond(String responseUrl, SlackMessage message, boolean replaceOriginal)
      throws SlackDeliveryException, InterruptedException {
    ActionResponse response =
        ActionResponse.builder()
            .responseType(message.shareable() ? "in_channel" : "ephemeral")
            .replaceOriginal(replaceOriginal)
            .text(message.text())
            .blocks(message.blocks())
            .build();
    String json = gson.toJson(response);
    retrying.call("response_url", () -> {
      WebhookResponse r = slack.send(responseUrl, json);
      return r.getCode() == 200 ? new Outcome.Done<>(r) : byStatus(r.getCode(), header(r.getHeaders(), "retry-after"));
    });
  }

  /** Answers through a response_url so that only the person who asked sees it, whatever it says. */
  public void respondPrivately(String responseUrl, SlackMessage message)
      throws SlackDeliveryException, InterruptedException {
    respond(responseUrl, new SlackMessage(message.text(), message.blocks(), false), false);
  }

  private static <T> Outcome<T> byStatus(int code, String retryAfter) {
    if (code == 429) {
      return new Outcome.Retry<>("HTTP 429", Retrying.retryAfter(retryAfter));
    }
    if (code >= 500) {
      return new Outcome.Retry<>("HTTP " + code, null);
    }
    return new Outcome.Fail<>("HTTP " + code);
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (name.equalsIgnoreCase(e.getKey()) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }
}
