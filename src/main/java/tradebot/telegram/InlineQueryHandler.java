package tradebot.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import tradebot.chat.Incoming;
import tradebot.reply.Evidence;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.text.Lang;

/**
 * Inline mode: "@Bot 湖南汽车出口" typed in any chat. The answer's facts come back as up to five
 * article results, each the answer card (figure, sentence, source) in HTML; a question the bot
 * declines is one result saying so; "check: …" checks a claim and gives the verdict card. Results
 * are cached by Telegram only briefly, since the answer to a query never depends on the user.
 */
final class InlineQueryHandler implements UpdateHandler {

  /** Telegram shows at most this many results well on a phone; the issue asks for five. */
  static final int MAX_RESULTS = 5;
  /** Seconds Telegram may reuse the results for the same query. */
  static final int CACHE_SECONDS = 10;

  private static final Pattern CHECK = Pattern.compile("^(?:/?check\\s*[:：]?|核实\\s*[:：]?|核實\\s*[:：]?)\\s*", Pattern.CASE_INSENSITIVE);

  private final Replies replies;
  private final TelegramRenderer renderer;
  private final TelegramSender sender;

  InlineQueryHandler(Replies replies, TelegramRenderer renderer, TelegramSender sender) {
    this.replies = replies;
    this.renderer = renderer;
    this.sender = sender;
  }

  @Override
  public boolean canHandle(Update update) {
    return update.hasInlineQuery();
  }

  @Override
  public void handle(Update update) {
    InlineQuery query = update.getInlineQuery();
    String languageCode = query.getFrom() == null ? null : query.getFrom().getLanguageCode();
    String text = query.getQuery() == null ? "" : query.getQuery().strip();
    boolean check = CHECK.matcher(text).lookingAt() && text.length() > CHECK.matcher(text).replaceFirst("").length();
    String message;
    if (text.isEmpty()) {
      message = "/help";
    } else if (check) {
      message = "/check " + CHECK.matcher(text).replaceFirst("");
    } else {
      // no other commands inline: "/subscribe" typed here is a question, not a subscription for nobody
      message = text.replaceFirst("^/+", "");
    }
    // a conversation of its own: typing "湖南", "湖南汽", "湖南汽车" is not a follow-up to the last query
    Reply reply = replies.reply(new Incoming(TelegramBot.PLATFORM, "inline-" + query.getId(), message, languageCode));
    sender.call(
        AnswerInlineQuery.builder()
            .inlineQueryId(query.getId())
            .results(results(reply, check))
            .cacheTime(CACHE_SECONDS)
            .build());
  }

  private List<InlineQueryResult> results(Reply reply, boolean check) {
    List<Reply> cards = new ArrayList<>();
    if (reply.answered() && !check) {
      for (Evidence e : reply.evidence()) {
        cards.add(new Reply(Reply.Kind.ANSWER, reply.lang(), "", List.of(e), List.of()));
      }
    } else if (reply.kind() == Reply.Kind.CLARIFY) {
      for (Option o : reply.options()) {
        replies.fact(o.indicatorId(), reply.lang()).ifPresent(cards::add);
      }
    }
    if (cards.isEmpty()) {
      cards.add(reply);
    }
    List<InlineQueryResult> results = new ArrayList<>();
    for (Reply card : cards.subList(0, Math.min(MAX_RESULTS, cards.size()))) {
      results.add(article("r" + results.size(), card));
    }
    return results;
  }

  private InlineQueryResultArticle article(String id, Reply card) {
    String html = renderer.render(new Reply(card.kind(), card.lang(), card.text(), card.evidence(), List.of())).get(0).html();
    Optional<Evidence> first = card.evidence().stream().findFirst();
    String[] lines = card.text().strip().split("\n", 2);
    String title = !card.text().isBlank() ? lines[0] : first.map(Evidence::headline).orElse("…");
    String description =
        !card.text().isBlank() && lines.length > 1 ? lines[1] : first.map(Evidence::sentence).orElse("");
    return InlineQueryResultArticle.builder()
        .id(id)
        .title(cut(title, 120))
        .description(cut(description.strip(), 200))
        .inputMessageContent(InputTextMessageContent.builder().messageText(html).parseMode("HTML").build())
        .build();
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
