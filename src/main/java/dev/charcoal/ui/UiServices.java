package dev.charcoal.ui;

import dev.charcoal.ui.backend.Backend;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What the window needs from outside: the backend, the clock that says "now" for relative time
 * ranges, the zone dates are shown in, and the executor that runs every backend call off the FX
 * thread.
 */
public record UiServices(Backend backend, InstantSource clock, ZoneId zone, Executor background) {
  public UiServices {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(background, "background");
  }
}
