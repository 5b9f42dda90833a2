package dev.charcoal.app.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@code charcoal serve} (and the desktop app's background services) run with. Ports 0 pick a
 * free port; carbon's UDP listener shares the TCP port number, as do statsd's two.
 */
public record ServeOptions(
    Path dataDir,
    String bind,
    int carbonPort,
    int picklePort,
    int statsdPort,
    int httpPort,
    Duration statsdFlush,
    long maxCachePoints) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int CARBON_PORT = 2003;
  public static final int PICKLE_PORT = 2004;
  public static final int STATSD_PORT = 8125;
  public static final int HTTP_PORT = 8080;
}
