package tradebot.slack;

import java.util.Collection;
import java.util.List;
import tradebot.subscribe.Subscription;

/** The daily-fact subscriptions the App Home shows and ends; backed by the subscription store. */
public interface SubscriptionDirectory {

  /** Active Slack subscriptions of these channels (DMs included). */
  List<Subscription> ofChannels(Collection<String> channelIds);

  /** Ends one subscription; false when it was already gone. */
  boolean remove(long id);

  /** For an app without a subscription store: shows none, ends none. */
  SubscriptionDirectory NONE =
      new SubscriptionDirectory() {
        @Override
        public List<Subscription> ofChannels(Collection<String> channelIds) {
          return List.of();
        }

        @Override
        public boolean remove(long id) {
          return false;
        }
      };
}
