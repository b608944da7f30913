package tradebot.fuzz;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tradebot.slack.SlackMessage;

/**
 * Checks a rendered Slack message against Block Kit's limits and Slack's escaping rules, on the
 * JSON the SDK would send: at most 50 blocks; section and context texts non-empty and at most 3,000
 * characters; at most 25 buttons per actions block, button texts at most 75; in mrkdwn no bare
 * {@code <}, {@code &} only as {@code &amp; &lt; &gt;}, {@code >} only as a line's quote marker.
 */
final class SlackBlocks {

  static final int MAX_BLOCKS = 50;
  static final int MAX_TEXT = 3000;

  private static final Gson GSON = GsonFactory.createSnakeCase();

  private SlackBlocks() {}

  /** Every problem found (empty when the message is fine). */
  static List<String> problems(SlackMessage message) {
    List<String> problems = new ArrayList<>();
    JsonArray blocks = GSON.toJsonTree(message.blocks()).getAsJsonArray();
    if (blocks.size() > MAX_BLOCKS) {
      problems.add(blocks.size() + " blocks");
    }
    if (message.text().isBlank()) {
      problems.add("empty fallback text");
    }
    mrkdwn("fallback", message.text(), problems);
    Set<String> actionIds = new HashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      JsonObject block = blocks.get(b).getAsJsonObject();
      String type = block.get("type").getAsString();
      switch (type) {
        case "section" -> mrkdwn("section " + b, block.getAsJsonObject("text").get("text").getAsString(), problems);
        case "context" -> {
          for (JsonElement e : block.getAsJsonArray("elements")) {
            mrkdwn("context " + b, e.getAsJsonObject().get("text").getAsString(), problems);
          }
        }
        case "actions" -> {
          JsonArray elements = block.getAsJsonArray("elements");
          if (elements.size() > 25) {
            problems.add("actions " + b + ": " + elements.size() + " buttons");
          }
          for (JsonElement e : elements) {
            JsonObject button = e.getAsJsonObject();
            String text = button.getAsJsonObject("text").get("text").getAsString();
            if (text.isEmpty() || text.length() > 75) {
              problems.add("actions " + b + ": button text of " + text.length() + " characters");
            }
            if (!actionIds.add(block.get("block_id").getAsString() + "/" + button.get("action_id").getAsString())) {
              problems.add("actions " + b + ": duplicate action id");
            }
            if (button.get("value").getAsString().length() > 2000) {
              problems.add("actions " + b + ": button value too long");
            }
          }
        }
        default -> problems.add("block " + b + ": unexpected type " + type);
      }
    }
    return problems;
  }

  private static void mrkdwn(String where, String text, List<String> problems) {
    if (text.isEmpty()) {
      problems.add(where + ": empty text");
    }
    if (text.length() > MAX_TEXT) {
      problems.add(where + ": " + text.length() + " characters");
    }
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      } else if (c == '<') {
        problems.add(where + ": bare < at " + i);
        return;
      } else if (c == '>' && !(i == lineStart && text.startsWith("> ", i))) {
        problems.add(where + ": bare > at " + i);
        return;
      } else if (c == '&' && !(text.startsWith("&amp;", i) || text.startsWith("&lt;", i) || text.startsWith("&gt;", i))) {
        problems.add(where + ": bare & at " + i);
        return;
      }
    }
  }

  /** What a reader sees in the blocks, in order: quote markers dropped and escapes undone. */
  static String visible(SlackMessage message) {
    JsonArray blocks = GSON.toJsonTree(message.blocks()).getAsJsonArray();
    List<String> lines = new ArrayList<>();
    for (JsonElement e : blocks) {
      JsonObject block = e.getAsJsonObject();
      if (block.get("type").getAsString().equals("section")) {
        for (String line : block.getAsJsonObject("text").get("text").getAsString().split("\n", -1)) {
          lines.add(unescape(line.startsWith("> ") ? line.substring(2) : line));
        }
      } else if (block.get("type").getAsString().equals("context")) {
        for (JsonElement t : block.getAsJsonArray("elements")) {
          lines.add(unescape(t.getAsJsonObject().get("text").getAsString()));
        }
      }
    }
    return String.join("\n", lines);
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
