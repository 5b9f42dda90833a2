package dev.charcoal.app.desktop;

import dev.charcoal.app.serve.Services;
import dev.charcoal.ui.backend.Backend;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;

/** The desktop app's backend over running services, for the benchmarks in another package. */
public final class DesktopBackends {
  private DesktopBackends() {}

  /** What the desktop app's window calls, over {@code services}. */
  public static Backend over(Services services, InstantSource clock, Path dataDir) {
    return new ServicesBackend(services, clock, List.of(), dataDir);
  }
}
