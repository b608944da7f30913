package tradebot.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * Bolt's app with its default middleware (signature and timestamp check, auth.test, ignoring the
 * bot's own events), except that the signature is computed over UTF-8 (see {@link
 * Utf8SignatureGenerator}) and the app's own middleware follows the defaults.
 */
final class BoltApp extends App {

  private final List<Middleware> extra;

  BoltApp(AppConfig config, List<Middleware> extra) {
    super(config);
    this.extra = List.copyOf(extra);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> list = super.buildDefaultMiddlewareList(config);
    if (config.getSigningSecret() != null) {
      SlackSignature.Verifier verifier =
          new SlackSignature.Verifier(new Utf8SignatureGenerator(config.getSigningSecret()));
      list.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(verifier) : m);
    }
    list.addAll(extra);
    return list;
  }
}
