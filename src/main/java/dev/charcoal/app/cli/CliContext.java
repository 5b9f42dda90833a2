package dev.charcoal.app.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.InstantSource;

/**
 * What the commands share: the streams they talk through, the clock that says "now", and the pieces
 * tests replace (the resize engine, the desktop window).
 */
public record CliContext(
    InputStream in,
    PrintStream out,
    PrintStream err,
    InstantSource clock,
    Resizer resizer,
    DesktopStarter desktop,
    QueryEngines queries) {

  /** The current time in whole epoch seconds, as whisper's {@code int(time.time())}. */
  public long nowSeconds() {
    return clock.instant().getEpochSecond();
  }
}
