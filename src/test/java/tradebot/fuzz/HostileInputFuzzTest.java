package tradebot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tradebot.telegram.TelegramHtml;
import tradebot.Core;
import tradebot.Wiring;
import tradebot.chat.Incoming;
import tradebot.reply.Evidence;
import tradebot.reply.Option;
import tradebot.reply.Reply;
import tradebot.slack.SlackBot;
import tradebot.slack.SlackInput;
import tradebot.slack.SlackMessage;
import tradebot.slack.SlackRenderer;
import tradebot.store.Indicator;
import tradebot.telegram.TelegramRendering;
import tradebot.text.Lang;

/**
 * Generated hostile messages through the whole chat path (commands, answering, subscriptions in a
 * real SQLite file) and through the plain-text, Telegram and Slack renderers. For every message:
 * nothing throws; the reply is non-empty everywhere; Telegram messages are at most 4,096
 * characters of well-formed, escaped HTML; Slack messages keep Block Kit's limits and escape
 * mrkdwn; an answer shows every evidence sentence on every platform; and no reply shows a figure
 * from the data unless a sentence it quotes states it (or the chat typed it: a topic is echoed). Every 25th message
 * also goes through the renderers inside oversized replies (all facts at once, 60 options).
 *
 * <p>{@code -Dtradebot.fuzz.iterations=N} sets the number of messages (default 4,000, a few
 * seconds); {@code -Dtradebot.fuzz.seed=S} another sequence. A failure names the seed of the
 * message, which {@link HostileMessages#message(long)} turns back into the same message.
 */
class HostileInputFuzzTest {

  private static final int ITERATIONS = Integer.getInteger("tradebot.fuzz.iterations", 4_000);
  private static final long SEED = Long.getLong("tradebot.fuzz.seed", 20261123L);
  private static final String[] LANGUAGE_CODES = {null, "", "en", "zh-hans", "zh-hant", "zh-TW", "zh", "ar", "xx-YY"};

  @TempDir static Path home;
  private static Wiring wiring;
  private static Core core;
  private static HostileMessages messages;
  private static TelegramRendering telegram;
  private static SlackRenderer slack;
  /**
   * Precise figures as the data states them: values and growth rates with a digit and a decimal
   * point, percent sign or thousands separator ("5,414.1", "65.6%"), except those that also occur
   * in a metric's name ("over 1,000 China-Europe trains"), which topic lists and options show.
   */
  private static List<String> figures;

  /** Figures each conversation has typed so far: the bot may echo them (a subscription's topic). */
  private final Map<String, Set<String>> typed = new HashMap<>();
  private final Map<Reply.Kind, Integer> kinds = new EnumMap<>(Reply.Kind.class);
  private int mostTelegramParts;
  private int longestHtml;
  private int mostSlackBlocks;
  private int mostEvidence;

  @BeforeAll
  static void build() throws Exception {
    wiring = new Wiring(Map.of(Wiring.HOME, home.toString()));
    core = wiring.core();
    messages = HostileMessages.from(core.store());
    telegram = new TelegramRendering(core.messages());
    slack = new SlackRenderer(core.messages(), core.plainText(), SlackBot.SLASH_COMMAND);
    TreeSet<String> found = new TreeSet<>();
    for (Indicator i : core.store().indicators()) {
      for (String f : new String[] {i.value(), i.growth()}) {
        if (f != null && f.chars().anyMatch(Character::isDigit) && f.matches(".*[0-9][.,%％].*")) {
          found.add(f);
        }
      }
    }
    for (Indicator i : core.store().indicators()) {
      found.removeIf(f -> statesNumber(i.metricEn(), f) || statesNumber(i.metricZh(), f));
    }
    figures = List.copyOf(found);
    assertThat(figures).hasSizeGreaterThan(50);
  }

  @AfterAll
  static void closeDatabase() {
    wiring.database().close();
  }

  @Test
  void everyMessageGetsAReplyThatFitsEachPlatformAndQuotesTheSourceOfEveryFigure() {
    long started = System.nanoTime();
    for (int i = 0; i < ITERATIONS; i++) {
      long seed = SEED * 1_000_003L + i;
      String text = messages.message(seed);
      try {
        check(i, seed, text);
        if (i % 25 == 0) {
          checkOversizedReplies(seed, text);
        }
      } catch (Throwable t) {
        throw new AssertionError("message " + i + " (seed " + seed + "): " + describe(text), t);
      }
      if (ITERATIONS >= 100_000 && (i + 1) % 100_000 == 0) {
        System.out.printf("fuzz: %,d messages, %d s%n", i + 1, (System.nanoTime() - started) / 1_000_000_000L);
      }
    }
    System.out.printf(
        "fuzz: %,d messages (seed %d) in %.1f s; replies by kind %s; at most %d Telegram messages per reply,"
            + " longest %d characters; at most %d Slack blocks; at most %d facts in a core answer%n",
        ITERATIONS, SEED, (System.nanoTime() - started) / 1e9, kinds, mostTelegramParts, longestHtml, mostSlackBlocks,
        mostEvidence);
    assertThat(kinds).containsKeys(Reply.Kind.ANSWER, Reply.Kind.CLARIFY, Reply.Kind.DECLINE, Reply.Kind.HELP);
  }

  private void check(int i, long seed, String text) {
    String chat = Integer.toString(i % 41);
    String languageCode = LANGUAGE_CODES[(int) Math.floorMod(seed, (long) LANGUAGE_CODES.length)];
    Incoming incoming = new Incoming("telegram", chat, text, languageCode);
    String input = remember(incoming);
    Reply reply = core.chat().handle(incoming);
    kinds.merge(reply.kind(), 1, Integer::sum);
    checkPlain(input, reply);
    checkTelegram(input, reply);
    // Slack unescapes entities and drops mentions before the core sees the text.
    String slackText = SlackInput.toCoreText(text);
    Incoming slackIncoming = new Incoming("slack", chat, slackText, languageCode);
    String slackInput = remember(slackIncoming);
    Reply slackReply = slackText.equals(text) ? reply : core.chat().handle(slackIncoming);
    if (slackReply != reply) {
      checkPlain(slackInput, slackReply);
    }
    checkSlack(slackInput, slackReply);
    assertThat(TelegramRendering.decodes(text)).isIn(true, false); // forged callback data never throws
    assertThat(SlackInput.optionLanguage(text)).isNotEmpty();
  }

  /**
   * Replies larger than the core makes today, laid out by the platform renderers: an answer with
   * any number of facts (up to all of them) and a question back with many options whose lead text
   * is the hostile message itself. Telegram must split without losing a sentence; Slack, which
   * keeps at most 50 blocks, may leave whole facts out but never a figure without its sentence.
   */
  private void checkOversizedReplies(long seed, String text) {
    Random r = new Random(seed);
    Lang lang = Lang.values()[r.nextInt(Lang.values().length)];
    List<Indicator> all = new ArrayList<>(core.store().indicators());
    Collections.shuffle(all, r);
    List<Indicator> some = all.subList(0, 1 + r.nextInt(all.size()));
    Reply answer = core.writer().answer(some, lang);
    checkTelegram("", answer);
    checkSlackLimits("", answer);
    List<Option> options = some.stream().limit(60).map(i -> core.writer().option(i, lang)).toList();
    Reply clarify = new Reply(Reply.Kind.CLARIFY, lang, text, List.of(), options);
    checkTelegram(text, clarify);
    checkSlackLimits(text, clarify);
  }

  /** Records the figures this message types; returns them, which the reply may echo. */
  private String remember(Incoming message) {
    Set<String> figuresTyped = typed.computeIfAbsent(message.conversation(), c -> new HashSet<>());
    for (String f : figures) {
      if (message.text().contains(f)) {
        figuresTyped.add(f);
      }
    }
    return String.join("\n", figuresTyped);
  }

  private void checkPlain(String input, Reply reply) {
    String plain = core.plainText().render(reply);
    assertThat(plain).as("plain text").isNotBlank();
    quotesEverySentence(plain, reply, "plain text");
    noFigureWithoutItsSentence(plain, input, reply, "plain text");
  }

  private void checkTelegram(String input, Reply reply) {
    List<TelegramRendering.Message> parts = telegram.render(reply);
    assertThat(parts).as("Telegram messages").isNotEmpty();
    List<String> visible = new ArrayList<>();
    for (TelegramRendering.Message m : parts) {
      assertThat(m.html()).as("Telegram HTML").isNotBlank();
      assertThat(m.html().length()).as("Telegram message length").isLessThanOrEqualTo(4096);
      assertThat(TelegramHtml.problem(m.html())).as("Telegram HTML problem in %s", m.html()).isNull();
      assertThat(m.buttonTexts()).allSatisfy(b -> assertThat(b).isNotBlank());
      assertThat(m.callbackData()).allSatisfy(d -> {
        assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
        assertThat(TelegramRendering.decodes(d)).isTrue();
      });
      visible.add(TelegramHtml.visible(m.html()));
      longestHtml = Math.max(longestHtml, m.html().length());
    }
    mostTelegramParts = Math.max(mostTelegramParts, parts.size());
    String all = String.join("\n", visible);
    quotesEverySentence(all, reply, "Telegram");
    noFigureWithoutItsSentence(all, input, reply, "Telegram");
  }

  private void checkSlack(String input, Reply reply) {
    String visible = checkSlackLimits(input, reply);
    quotesEverySentence(visible, reply, "Slack");
    mostEvidence = Math.max(mostEvidence, reply.evidence().size());
  }

  /** Slack's limits and escaping, and no figure without its sentence; returns the visible text. */
  private String checkSlackLimits(String input, Reply reply) {
    SlackMessage message = slack.render(reply);
    assertThat(message.blocks()).as("Slack blocks").isNotEmpty();
    assertThat(SlackBlocks.problems(message)).as("Slack problems").isEmpty();
    mostSlackBlocks = Math.max(mostSlackBlocks, message.blocks().size());
    String visible = SlackBlocks.visible(message);
    noFigureWithoutItsSentence(visible, input, reply, "Slack");
    return visible;
  }

  private static void quotesEverySentence(String rendered, Reply reply, String where) {
    if (reply.answered()) {
      assertThat(reply.evidence()).as("evidence of an answer").isNotEmpty();
      for (Evidence e : reply.evidence()) {
        assertThat(rendered).as("%s quotes the sentence of %s", where, e.indicator().id()).contains(e.sentence());
      }
    }
  }

  /** A figure the data states may be shown only with a sentence that states it (or as the asker's echo). */
  private static void noFigureWithoutItsSentence(String rendered, String input, Reply reply, String where) {
    for (String figure : figures) {
      if (statesNumber(rendered, figure) && !input.contains(figure)) {
        Optional<Evidence> source = reply.evidence().stream().filter(e -> statesNumber(e.sentence(), figure)).findAny();
        assertThat(source).as("%s shows %s without a sentence stating it: %s", where, figure, rendered).isPresent();
      }
    }
  }

  /** Whether {@code figure} occurs as a whole number in {@code text} ("7.3" is not in "17.385"). */
  static boolean statesNumber(String text, String figure) {
    for (int at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
      int end = at + figure.length();
      boolean joinedBefore = at > 0 && (Character.isDigit(text.charAt(at - 1))
          || (at > 1 && ".,".indexOf(text.charAt(at - 1)) >= 0 && Character.isDigit(text.charAt(at - 2))));
      boolean joinedAfter = end < text.length() && (Character.isDigit(text.charAt(end))
          || (end + 1 < text.length() && ".,".indexOf(text.charAt(end)) >= 0 && Character.isDigit(text.charAt(end + 1))));
      if (!joinedBefore && !joinedAfter) {
        return true;
      }
    }
    return false;
  }

  /** The message with invisible and odd characters spelled out, cut for long ones. */
  static String describe(String text) {
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints().limit(300).forEach(cp -> {
      if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED
          || cp == '"' || cp == '\\') {
        sb.append(String.format(cp > 0xFFFF ? "\\u{%X}" : "\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    sb.append('"');
    if (text.codePointCount(0, text.length()) > 300) {
      sb.append(" … (").append(text.length()).append(" chars)");
    }
    return sb.toString();
  }
}
