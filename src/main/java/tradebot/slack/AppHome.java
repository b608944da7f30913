package tradebot.slack;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersConversationsResponse;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.ConversationType;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tradebot.answer.Answerer;
import tradebot.reply.Messages;
import tradebot.reply.Reply;
import tradebot.store.Indicator;
import tradebot.store.IndicatorStore;
import tradebot.subscribe.Subscription;
import tradebot.text.Lang;

/**
 * The App Home tab: what the bot covers, the daily-fact subscriptions of the user's DM with the
 * app and of the channels they are in (each with an Unsubscribe button), and today's fact, one per
 * day in turn through the facts that state a figure.
 */
final class AppHome {

  private static final Logger log = LoggerFactory.getLogger(AppHome.class);

  static final String UNSUBSCRIBE_ACTION = "home_unsubscribe";

  private final MethodsClient methods;
  private final SubscriptionDirectory subscriptions;
  private final Answerer answerer;
  private final IndicatorStore store;
  private final Messages messages;
  private final SlackRenderer renderer;
  private final Clock clock;
  private final Executor executor;

  /** Slack work that may fail: a Web API call. */
  @FunctionalInterface
  interface Call {
    void run() throws IOException, SlackApiException;
  }

  AppHome(MethodsClient methods, SubscriptionDirectory subscriptions, Answerer answerer, IndicatorStore store,
      Messages messages, SlackRenderer renderer, Clock clock, Executor executor) {
    this.methods = methods;
    this.subscriptions = subscriptions;
    this.answerer = answerer;
    this.store = store;
    this.messages = messages;
    this.renderer = renderer;
    this.clock = clock;
    this.executor = executor;
  }

  /** Runs a call off the request thread (Slack wants its ack at once); a failure is logged. */
  void later(String what, Call call) {
    try {
      executor.execute(() -> {
        try {
          call.run();
        } catch (IOException | SlackApiException | RuntimeException e) {
          log.error("App Home: {} failed: {}", what, e.getMessage());
        }
      });
    } catch (RejectedExecutionException e) {
      log.warn("App Home: not doing {}: too much waiting, or shutting down", what);
    }
  }

  /** The channels whose subscriptions this user may see and end: their DM with the app and their channels. */
  Set<String> channelsOf(String userId, String dmChannel) {
    Set<String> channels = new LinkedHashSet<>();
    if (dmChannel != null && !dmChannel.isBlank()) {
      channels.add(dmChannel);
    }
    try {
      UsersConversationsResponse r = methods.usersConversations(req -> req.user(userId)
          .types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL)).limit(200));
      if (r.isOk() && r.getChannels() != null) {
        r.getChannels().forEach(c -> channels.add(c.getId()));
      } else {
        log.warn("users.conversations for the App Home: {}", r.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("users.conversations for the App Home failed: {}", e.getMessage());
    }
    return channels;
  }

  /** Ends a subscription the user may see, then shows the Home again; false when it was not theirs. */
  boolean unsubscribe(String userId, String dmChannel, long subscriptionId) throws IOException, SlackApiException {
    Set<String> channels = channelsOf(userId, dmChannel);
    boolean theirs = subscriptions.ofChannels(channels).stream().anyMatch(s -> s.id() == subscriptionId);
    if (!theirs) {
      log.warn("App Home: subscription {} is not one of user {}'s", subscriptionId, userId);
    }
    boolean removed = theirs && subscriptions.remove(subscriptionId);
    publish(userId, dmChannel, channels);
    return removed;
  }

  void publish(String userId, String dmChannel) throws IOException, SlackApiException {
    publish(userId, dmChannel, channelsOf(userId, dmChannel));
  }

  private void publish(String userId, String dmChannel, Set<String> channels) throws IOException, SlackApiException {
    View view = View.builder().type("home").blocks(blocks(dmChannel, subscriptions.ofChannels(channels))).build();
    ViewsPublishResponse r = methods.viewsPublish(req -> req.userId(userId).view(view));
    if (!r.isOk()) {
      log.warn("views.publish failed: {}", r.getError());
    }
  }

  List<LayoutBlock> blocks(String dmChannel, List<Subscription> subs) {
    Lang lang = Lang.ENGLISH;
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(messages.get(lang, "home.title")))));
    blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(messages.get(lang, "help.intro"))))));
    blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(messages.get(lang, "home.coverage"))))));
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(messages.get(lang, "home.subscriptions")) + "*"))));
    if (subs.isEmpty()) {
      blocks.add(section(s -> s.text(markdownText(Mrkdwn.escape(messages.get(lang, "home.noSubscriptions"))))));
    }
    for (Subscription sub : subs) {
      String where = sub.chatId().equals(dmChannel) ? messages.get(lang, "home.dm") : "<#" + sub.chatId() + ">";
      String line = where + " · " + sub.time() + " " + sub.zone().getId()
          + (sub.topic().isEmpty() ? "" : " · " + Mrkdwn.escape(sub.topic()));
      ButtonElement button = ButtonElement.builder()
          .text(plainText(messages.get(lang, "home.unsubscribe")))
          .actionId(UNSUBSCRIBE_ACTION)
          .value(sub.id() + ":" + (dmChannel == null ? "" : dmChannel))
          .style("danger")
          .build();
      blocks.add(section(s -> s.text(markdownText(line)).accessory(button)));
    }
    blocks.add(divider());
    blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(messages.get(lang, "home.today")) + "*"))));
    todaysFact(lang).ifPresent(reply -> blocks.addAll(renderer.render(reply).blocks()));
    return blocks;
  }

  /** One fact a day, in turn through every indicator that states a figure. */
  Optional<Reply> todaysFact(Lang lang) {
    List<Indicator> figures = store.indicators().stream().filter(i -> i.kind() != Indicator.Kind.FACT).toList();
    if (figures.isEmpty()) {
      return Optional.empty();
    }
    long day = LocalDate.now(clock).toEpochDay();
    return answerer.fact(figures.get((int) Math.floorMod(day, (long) figures.size())).id(), lang);
  }
}
