package tradebot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionCliTest {

  @TempDir Path home;
  private Wiring wiring;

  @BeforeEach
  void wire() {
    wiring = new Wiring(Map.of(Wiring.HOME, home.toString()));
  }

  @AfterEach
  void restore() {
    wiring.database().close();
  }

  private Cli.Run run(String... args) {
    return Cli.run(wiring, args);
  }

  @Test
  void deliverTwiceAtTheSameInstantSendsNothingTheSecondTime() throws Exception {
    assertThat(run("subscriptions", "add", "--platform", "console", "--chat", "local", "--time", "08:30",
        "--zone", "Asia/Kathmandu", "--topic", "汽车", "--lang", "en").exit()).isZero();
    assertThat(run("subscriptions", "add", "--platform", "console", "--chat", "late", "--time", "23:00").exit())
        .isZero();

    Cli.Run first = run("deliver", "--at", "2026-03-01T03:15:00Z");
    assertThat(first.exit()).isZero();
    String[] lines = first.out().strip().split("\n");
    assertThat(lines).hasSize(1);
    JsonNode post = new ObjectMapper().readTree(lines[0]);
    assertThat(post.get("subscription").asLong()).isEqualTo(1);
    assertThat(post.get("chat").asText()).isEqualTo("console:local");
    assertThat(post.get("date").asText()).isEqualTo("2026-03-01");
    assertThat(post.get("fact").asText()).isNotBlank();
    assertThat(post.get("text").asText()).contains("Fact of the day").contains("/start f_" + post.get("fact").asText());

    Cli.Run second = run("deliver", "--at", "2026-03-01T03:15:00Z");
    assertThat(second.exit()).isZero();
    assertThat(second.out()).isEmpty();
  }

  @Test
  void listsAndRemovesSubscriptions() {
    run("subscriptions", "add", "--platform", "slack", "--chat", "C123");
    assertThat(run("subscriptions", "list").out()).contains("slack:C123").contains("09:00").contains("1 subscriptions");
    assertThat(run("subscriptions", "remove", "1").out()).contains("removed 1");
    assertThat(run("subscriptions", "list").out()).contains("0 subscriptions");
  }

  @Test
  void removesAChatByThePlatformAndChatThatListPrints() {
    run("subscriptions", "add", "--platform", "telegram", "--chat", "12345");
    assertThat(run("subscriptions", "list").out()).contains("telegram:12345");
    assertThat(run("subscriptions", "remove", "telegram:12345").out()).contains("removed 1");
    assertThat(run("subscriptions", "list").out()).contains("0 subscriptions");
  }

  @Test
  void listsFactsOfARegionNamedInChineseOrEnglish() {
    String byId = run("facts", "--region", "changsha").out();
    assertThat(byId).doesNotStartWith("0 indicators");
    assertThat(run("facts", "--region", "长沙").out()).isEqualTo(byId);
    assertThat(run("facts", "--region", "Changsha").out()).isEqualTo(byId);
  }

  @Test
  void topLevelHelpShowsWholeCommandDescriptions() {
    String help = run("--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("and the daily posts for their subscriptions, until stopped");
  }

  @Test
  void refusesBadTimeZoneAndPlatformWithAClearMessage() {
    Cli.Run badTime = run("subscriptions", "add", "--platform", "console", "--chat", "x", "--time", "25:00");
    assertThat(badTime.exit()).isEqualTo(2);
    assertThat(badTime.err()).contains("--time must be HH:MM");
    assertThat(run("subscriptions", "add", "--platform", "console", "--chat", "x", "--zone", "Nowhere/Land").err())
        .contains("--zone");
    assertThat(run("subscriptions", "add", "--platform", "irc", "--chat", "x").err()).contains("--platform");
    assertThat(run("deliver", "--at", "yesterday").err()).contains("ISO instant");
  }
}
