package dev.charcoal.app.desktop;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.InstantSource;

/**
 * Start-up milestones, printed on standard error when the {@value #PROPERTY} system property is
 * {@code true} (and silent otherwise): {@code charcoal bench startup} reads them from the app it
 * starts. One line each, {@code startup MILESTONE MILLIS CPU_MILLIS}: milliseconds since the JVM
 * started, and the processor time the process has used so far (all threads; unlike the wall time it
 * hardly depends on what else the machine runs). The milestones: {@code services} (store, listeners
 * and HTTP API up), {@code first-frame} (the window's first frame drawn) and {@code indexed} (every
 * whisper file in the index).
 */
public final class StartupTrace {
  /** {@code -Dcharcoal.startup.trace=true} prints the milestones. */
  public static final String PROPERTY = "charcoal.startup.trace";

  /** The line's first word, for readers. */
  public static final String PREFIX = "startup";

  /** Store, listeners and HTTP API up. */
  public static final String SERVICES = "services";

  /** The window's first frame drawn. */
  public static final String FIRST_FRAME = "first-frame";

  /** Every whisper file in the index. */
  public static final String INDEXED = "indexed";

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

  /** Prints {@code startup MILESTONE MILLIS CPU_MILLIS} (if tracing). */
  void mark(String milestone) {
    if (out != null) {
      long cpuNanos =
          ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
              .getProcessCpuTime();
      out.println(
          PREFIX
              + " "
              + milestone
              + " "
              + (clock.millis() - jvmStart)
              + " "
              + cpuNanos / 1_000_000);
    }
  }
}
