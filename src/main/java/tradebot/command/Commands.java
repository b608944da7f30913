package tradebot.command;

import java.util.List;
import java.util.Optional;

/** The list of commands the bot understands, on every platform. */
public final class Commands {

  private static final List<BotCommand> ALL =
      List.of(
          new BotCommand("start", "开始使用", "Start and see what the bot can do", ""),
          new BotCommand("help", "使用帮助", "How to ask and what the bot covers", ""),
          new BotCommand("ask", "提问，例如 /ask 湖南2025年进出口总值", "Ask a question, e.g. /ask Hunan EV exports", "<question>"),
          new BotCommand("check", "核实一个说法，例如 /check 长沙进出口超过2800亿元", "Check a claim, e.g. /check Changsha trade topped 280 billion yuan", "<claim>"),
          new BotCommand("topics", "可以问哪些数据", "What figures the bot knows", ""),
          new BotCommand("fact", "随机一条数据", "A fact now", ""),
          new BotCommand("subscribe", "订阅每日数据，例如 /subscribe 08:30 Asia/Shanghai 汽车", "Daily fact, e.g. /subscribe 08:30 Europe/Berlin cars", "[HH:MM] [time zone] [topic]"),
          new BotCommand("unsubscribe", "取消每日数据", "Stop the daily fact", ""),
          new BotCommand("subscriptions", "查看本聊天的订阅", "Show this chat's subscriptions", ""));

  private Commands() {}

  public static List<BotCommand> all() {
    return ALL;
  }

  public static Optional<BotCommand> find(String name) {
    return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
