package tradebot.subscribe;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.text.ChineseConverter;
import tradebot.text.Lang;
import tradebot.text.Normalizer;

/** A database, a fake clock and a recording platform for delivery tests. */
final class Fixture implements AutoCloseable {

  /** The real core over the packaged data; immutable, so shared by all tests. */
  static final Core CORE = new Wiring(Map.of()).core();

  static final TopicFilter TOPICS = new TopicFilter(CORE.store(), new Normalizer(new ChineseConverter()));

  static final String PLATFORM = "telegram";

  final MutableClock clock;
  final Database db;
  final SubscriptionStore subscriptions;
  final List<Post> posts = Collections.synchronizedList(new ArrayList<>());

  /** Sleeping advances the fake clock, so rate limits cost no real time. */
  final Sleeper sleeper;

  Fixture(Database db, MutableClock clock) {
    this.db = db;
    this.clock = clock;
    this.subscriptions = new SubscriptionStore(db, clock);
    this.sleeper = clock::advance;
  }

  static Fixture sqlite(Path dir, String start) {
    return new Fixture(Database.sqlite(dir), MutableClock.at(start));
  }

  Subscription subscribe(String chat, String time, String zone, String topic) {
    return subscriptions.subscribe(
        new NewSubscription(PLATFORM, chat, LocalTime.parse(time), ZoneId.of(zone), topic, Lang.ENGLISH));
  }

  /** A sender that records every post and accepts it. */
  PostSender recorder() {
    return post -> {
      posts.add(post);
      return SendResult.sent();
    };
  }

  DeliveryPass pass(String owner, PostSender sender) {
    return pass(owner, sender, SendLimits.TELEGRAM);
  }

  DeliveryPass pass(String owner, PostSender sender, SendLimits limits) {
    return new DeliveryPass(
        db, subscriptions, TOPICS, CORE.answerer(), new SubscribeMessages(), new PostText(CORE.plainText()),
        Map.of(PLATFORM, new PostChannel(sender, new RateLimiter(limits, clock))), sleeper, owner,
        Duration.ofMinutes(5));
  }

  List<DeliveryPass.Delivered> runAt(DeliveryPass pass, String instant) throws InterruptedException {
    clock.set(java.time.Instant.parse(instant));
    return pass.run(clock.instant());
  }

  @Override
  public void close() {
    db.close();
  }
}
