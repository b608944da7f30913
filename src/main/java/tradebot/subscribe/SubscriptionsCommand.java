package tradebot.subscribe;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tradebot.Wiring;
import tradebot.text.Lang;

/** {@code subscriptions add|list|remove}: manage daily fact posts from the command line. */
@Command(
    name = "subscriptions",
    mixinStandardHelpOptions = true,
    description = "Manage daily fact subscriptions.",
    subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.ListAll.class, SubscriptionsCommand.Remove.class})
public final class SubscriptionsCommand implements Callable<Integer> {

  final Wiring wiring;

  public SubscriptionsCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() {
    return new ListAll().print(this);
  }

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  static String describe(Subscription s) {
    return String.format("%d\t%s\t%s\t%s\t%s\t%s%s", s.id(), s.chat(), s.time(), s.zone().getId(),
        s.lang().tag(), s.topic().isEmpty() ? "(all topics)" : s.topic(), s.active() ? "" : "\t(stopped)");
  }

  /** Adds a subscription (or updates the chat's subscription to the same topic). */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Subscribe a chat to a daily fact.")
  static final class Add implements Callable<Integer> {
    @ParentCommand SubscriptionsCommand parent;

    @Option(names = "--platform", required = true, description = "console, telegram or slack.")
    String platform;

    @Option(names = "--chat", required = true, description = "The platform's chat or channel id.")
    String chat;

    @Option(names = "--time", defaultValue = "09:00", description = "Local posting time HH:MM (default ${DEFAULT-VALUE}).")
    String time;

    @Option(names = "--zone", defaultValue = "Asia/Shanghai", description = "Time zone (default ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--topic", defaultValue = "", description = "Only facts on this topic (default: all).")
    String topic;

    @Option(names = "--lang", defaultValue = "zh-Hans", description = "zh-Hans, zh-Hant or en (default ${DEFAULT-VALUE}).")
    String lang;

    @Override
    public Integer call() {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      if (!List.of("console", "telegram", "slack").contains(platform)) {
        err.println("tradebot: --platform must be console, telegram or slack, not " + platform);
        return 2;
      }
      LocalTime t = SubscribeArgs.parseTime(time).orElse(null);
      ZoneId z = SubscribeArgs.parseZone(zone).orElse(null);
      Lang l = SubscriptionStore.langOf(lang);
      if (t == null || z == null || !l.tag().equals(lang)) {
        err.println("tradebot: " + (t == null ? "--time must be HH:MM, e.g. 08:30, not " + time
            : z == null ? "--zone must be a time zone such as Europe/Berlin or UTC+8, not " + zone
            : "--lang must be zh-Hans, zh-Hant or en, not " + lang));
        return 2;
      }
      Wiring wiring = parent.wiring;
      if (wiring.topicFilter(wiring.core().store()).factIds(topic).isEmpty()) {
        err.println("tradebot: no fact matches the topic " + topic + " (see `tradebot facts`)");
        return 2;
      }
      Subscription s = wiring.subscriptionStore().subscribe(new NewSubscription(platform, chat, t, z, topic, l));
      out().println(describe(s));
      return 0;
    }
  }

  /** Lists every subscription, one tab-separated line each. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List all subscriptions.")
  static final class ListAll implements Callable<Integer> {
    @ParentCommand SubscriptionsCommand parent;

    @Override
    public Integer call() {
      return print(parent);
    }

    int print(SubscriptionsCommand parent) {
      PrintStream out = out();
      List<Subscription> all = parent.wiring.subscriptionStore().all();
      all.forEach(s -> out.println(describe(s)));
      out.println(all.size() + " subscriptions");
      return 0;
    }
  }

  /** Removes subscriptions by id, or all of one chat. */
  @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove subscriptions by id, or a chat's.")
  static final class Remove implements Callable<Integer> {
    @ParentCommand SubscriptionsCommand parent;

    @Parameters(
        arity = "0..*",
        paramLabel = "ID",
        description = "Subscription ids or chats (platform:chat), as `subscriptions list` shows them.")
    List<String> ids;

    @Option(names = "--platform", description = "With --chat: remove this chat's subscriptions.")
    String platform;

    @Option(names = "--chat", description = "With --platform: remove this chat's subscriptions.")
    String chat;

    @Override
    public Integer call() {
      SubscriptionStore store = parent.wiring.subscriptionStore();
      int removed = 0;
      if (ids != null) {
        for (String id : ids) {
          int colon = id.indexOf(':');
          if (colon > 0) {
            // "telegram:12345", the chat column of `list`: all of that chat's subscriptions
            removed += store.unsubscribe(id.substring(0, colon), id.substring(colon + 1), null);
          } else if (id.strip().matches("\\d+")) {
            removed += store.remove(Long.parseLong(id.strip())) ? 1 : 0;
          } else {
            new PrintStream(System.err, true, StandardCharsets.UTF_8)
                .println("tradebot: not a subscription id or platform:chat: " + id);
            return 2;
          }
        }
      }
      if (platform != null && chat != null) {
        removed += store.unsubscribe(platform, chat, null);
      } else if ((ids == null || ids.isEmpty())) {
        new PrintStream(System.err, true, StandardCharsets.UTF_8)
            .println("tradebot: give subscription ids, or --platform and --chat");
        return 2;
      }
      out().println("removed " + removed);
      return 0;
    }
  }
}
