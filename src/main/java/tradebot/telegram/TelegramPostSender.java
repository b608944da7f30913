package tradebot.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import tradebot.subscribe.Post;
import tradebot.subscribe.PostSender;
import tradebot.subscribe.SendResult;

/**
 * Daily posts to Telegram chats, groups and channels, laid out by the bot's {@link TelegramRenderer}
 * and sent through its {@link TelegramSender}, so posts and replies share one rate limiter (and so
 * Telegram's 30 messages/s). Each message is tried once and Telegram's answer mapped to a {@link
 * SendResult}: the delivery pass does the retrying, within its own, lower post rate.
 */
final class TelegramPostSender implements PostSender {

  /**
   * Telegram's 400 descriptions that mean the bot cannot post to this chat again: it is gone, the
   * group became a supergroup (new id), or the bot may not write there (e.g. no longer a channel admin).
   */
  private static final Pattern CHAT_GONE =
      Pattern.compile(
          "chat not found|peer_id_invalid|upgraded to a supergroup|chat_write_forbidden|not enough rights"
              + "|have no rights|need administrator rights|bot is not a member|bot was kicked|user is deactivated");

  /** Telegram always sends retry_after with a 429; this is the wait if it ever does not. */
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final TelegramRenderer renderer;
  private final TelegramSender sender;
  private final TokenMask mask;
  private final ChatMigrations migrations;

  TelegramPostSender(TelegramRenderer renderer, TelegramSender sender, TokenMask mask, ChatMigrations migrations) {
    this.renderer = renderer;
    this.sender = sender;
    this.mask = mask;
    this.migrations = migrations;
  }

  @Override
  public SendResult send(Post post) {
    List<OutgoingMessage> parts =
        renderer.renderPost(post.heading(), post.reply(), post.askMoreLabel(), post.startPayload());
    // Chat ids below zero are groups, supergroups and channels: they get the group limit too.
    boolean group = post.chatId().startsWith("-");
    try {
      for (OutgoingMessage part : parts) {
        SendMessage.SendMessageBuilder<?, ?> message =
            SendMessage.builder().chatId(post.chatId()).text(part.html()).parseMode("HTML");
        if (!part.buttons().isEmpty()) {
          message.replyMarkup(ReplyDelivery.keyboard(part.buttons()));
        }
        sender.sendOnce(post.chatId(), group, message.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build()).build());
      }
      return SendResult.sent();
    } catch (TelegramApiRequestException e) {
      Long movedTo = e.getParameters() == null ? null : e.getParameters().getMigrateToChatId();
      if (movedTo != null) {
        // the group became a supergroup: the subscription follows it, and the next pass posts there
        migrations.migrated(post.chatId(), Long.toString(movedTo));
        return SendResult.failedTransiently("chat moved to " + movedTo);
      }
      return answer(e);
    } catch (TelegramApiException e) {
      String reason = mask.apply(e.getMessage()) + (e.getCause() == null ? "" : " (" + mask.apply(e.getCause().toString()) + ")");
      return SendResult.failedTransiently(reason);
    }
  }

  /** What Telegram's refusal means for the subscription. */
  private SendResult answer(TelegramApiRequestException e) {
    int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
    String description = mask.apply(Optional.ofNullable(e.getApiResponse()).orElse(String.valueOf(e.getMessage())));
    if (code == 429) {
      Integer seconds = e.getParameters() == null ? null : e.getParameters().getRetryAfter();
      return SendResult.retryAfter(seconds == null ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds));
    }
    if (code == 403) {
      return SendResult.failedPermanently("403 " + description);
    }
    if (code == 400 && CHAT_GONE.matcher(description.toLowerCase(Locale.ROOT)).find()) {
      return SendResult.failedPermanently("400 " + description);
    }
    if (code == 0 && e.getCause() instanceof IOException io) {
      return SendResult.failedTransiently(io.toString());
    }
    // 5xx pass; other 400s are this bot's mistakes, logged by the pass on each retry, never silent.
    return SendResult.failedTransiently(code + " " + description);
  }
}
