package dev.charcoal.app.desktop;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.InstantSource;

/**
 * Start-up milestones in milliseconds since the JVM started, printed on standard error when the
 * {@value #PROPERTY} system property is {@code true} (and silent otherwise): {@code charcoal bench
 * startup} reads them from the app it starts. One line each, {@code startup MILESTONE MILLIS}, for
 * {@code services} (store, listeners and HTTP API up), {@code first-frame} (the window's first
 * frame drawn) and {@code indexed} (every whisper file in the index).
 */
final class StartupTrace {
  /** {@code -Dcharcoal.startup.trace=true} prints the milestones. */
  static final String PROPERTY = "charcoal.startup.trace";

  /** The line's first word, for readers. */
  static final String PREFIX = "startup";

  private final InstantSource clock;
  private final PrintStream out;
  private final long jvmStart;

  private StartupTrace(InstantSource clock, PrintStream out, long jvmStart) {
    this.clock = clock;
    this.out = out;
    this.jvmStart = jvmStart;
  }

  /** The trace the system property asks for: printing to standard error, or silent. */
  static StartupTrace fromSystemProperty(InstantSource clock) {
    return Boolean.getBoolean(PROPERTY)
        ? new StartupTrace(clock, System.err, ManagementFactory.getRuntimeMXBean().getStartTime())
        : new StartupTrace(clock, null, 0);
  }

  /** Prints {@code startup MILESTONE MILLIS} (if tracing). */
  void mark(String milestone) {
    if (out != null) {
      out.println(PREFIX + " " + milestone + " " + (clock.millis() - jvmStart));
    }
  }
}
