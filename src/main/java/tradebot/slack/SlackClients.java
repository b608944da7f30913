package tradebot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;

/** The Slack SDK client as every part of the adapter uses it. */
final class SlackClients {

  private SlackClients() {}

  static Slack slack(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setStatsEnabled(false); // the metrics thread is of no use here
    if (settings.apiUrl() != null) {
      config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    }
    return Slack.getInstance(config);
  }
}
