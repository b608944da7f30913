package tradebot.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import tradebot.command.Commands;

/**
 * The command menu, generated from {@link Commands}: Chinese for users whose Telegram is in
 * Chinese, English for English, and English as the default for everyone else; the same list in
 * BotFather's /setcommands format for {@code config/botfather-commands.txt}.
 */
public final class CommandMenus {

  private CommandMenus() {}

  static List<SetMyCommands> setMyCommands() {
    return List.of(menu(null, false), menu("en", false), menu("zh", true));
  }

  private static SetMyCommands menu(String languageCode, boolean chinese) {
    List<BotCommand> commands =
        Commands.all().stream()
            .map(c -> new BotCommand(c.name(), chinese ? c.descriptionZh() : c.descriptionEn()))
            .toList();
    SetMyCommands.SetMyCommandsBuilder<?, ?> b =
        SetMyCommands.builder().commands(commands).scope(new BotCommandScopeDefault());
    if (languageCode != null) {
      b.languageCode(languageCode);
    }
    return b.build();
  }

  /** One "name - description" line per command, as BotFather's /setcommands expects. */
  public static String botFatherText() {
    StringBuilder sb = new StringBuilder();
    for (var c : Commands.all()) {
      sb.append(c.name()).append(" - ").append(c.descriptionEn()).append('\n');
    }
    return sb.toString();
  }
}
