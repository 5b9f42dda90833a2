package dev.charcoal.app.serve;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;

/** carbon's {@code memUsage} and {@code cpuUsage} for this process. */
final class ProcessFigures {
  private static final Path STATM = Path.of("/proc/self/statm");
  private static final long PAGE_SIZE = 4096;

  private ProcessFigures() {}

  /** Resident bytes from /proc (Linux, as carbon), else the JVM's used heap; NaN if unknown. */
  static double residentBytes() {
    try {
      if (Files.isReadable(STATM)) {
        String[] fields = Files.readString(STATM).trim().split("\\s+");
        return Long.parseLong(fields[1]) * PAGE_SIZE;
      }
    } catch (IOException | RuntimeException e) {
      // fall through to the heap figure
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Percent of one core used since the previous call, as carbon's getrusage-based figure. */
  static final class CpuUsage {
    private final InstantSource clock;
    private long lastCpuNanos = cpuNanos();
    private long lastWallNanos;

    CpuUsage(InstantSource clock) {
      this.clock = clock;
      this.lastWallNanos = wallNanos();
    }

    double percentSinceLast() {
      long cpu = cpuNanos();
      long wall = wallNanos();
      double percent =
          wall > lastWallNanos ? 100.0 * (cpu - lastCpuNanos) / (wall - lastWallNanos) : Double.NaN;
      lastCpuNanos = cpu;
      lastWallNanos = wall;
      return cpu < 0 ? Double.NaN : percent;
    }

    private long wallNanos() {
      java.time.Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private static long cpuNanos() {
      if (ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getProcessCpuTime();
      }
      return -1;
    }
  }
}
