package dev.charcoal.ui.tree;

import dev.charcoal.model.Retention;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whisper layouts as storage-schemas.conf writes them ({@code 10s:1d,1m:7d,10m:5y}), so what the
 * file info shows can be pasted into a rule. Each duration takes the largest unit that divides it
 * exactly, in carbon's units ({@code m} is minutes, {@code y} 365 days); weeks are written in days,
 * as carbon's own examples do.
 */
final class RetentionText {
  private static final long[] UNIT_SECONDS = {365 * 86_400L, 86_400, 3_600, 60, 1};
  private static final String[] UNITS = {"y", "d", "h", "m", "s"};

  private RetentionText() {}

  /** {@code 10s:1d,1m:7d}. */
  static String schema(List<Retention> archives) {
    return archives.stream()
        .map(r -> duration(r.secondsPerPoint()) + ":" + duration(r.retentionSeconds()))
        .collect(Collectors.joining(","));
  }

  /** {@code 10s}, {@code 1m}, {@code 36h}, {@code 5y}. */
  static String duration(long seconds) {
    for (int i = 0; i < UNITS.length; i++) {
      if (seconds != 0 && seconds % UNIT_SECONDS[i] == 0) {
        return seconds / UNIT_SECONDS[i] + UNITS[i];
      }
    }
    return seconds + "s";
  }

  /** One archive: {@code 10s × 8,640 points = 1d}. */
  static String archive(Retention r) {
    return String.format(
        "%s × %,d points = %s",
        duration(r.secondsPerPoint()), r.points(), duration(r.retentionSeconds()));
  }
}
