package dev.charcoal.ui.time;

import java.time.Duration;
import java.util.List;

/** Durations in words and back, for the time bar's presets and the refresh intervals. */
public final class Durations {
  private record Unit(long seconds, String singular) {}

  private static final List<Unit> UNITS =
      List.of(
          new Unit(86_400, "day"),
          new Unit(3_600, "hour"),
          new Unit(60, "minute"),
          new Unit(1, "second"));

  private Durations() {}

  /**
   * The duration in its largest whole unit: {@code 1 hour}, {@code 30 minutes}, {@code 7 days};
   * {@code 24 hours} stays in hours because that is how people say it.
   */
  public static String words(Duration duration) {
    long seconds = duration.getSeconds();
    for (Unit unit : UNITS) {
      if (seconds % unit.seconds() == 0 && !(unit.seconds() == 86_400 && seconds == 86_400)) {
        long n = seconds / unit.seconds();
        return n + " " + unit.singular() + (n == 1 ? "" : "s");
      }
    }
    return seconds + " seconds";
  }

  /** The short form: {@code 5s}, {@code 1m}, {@code 2h}, {@code 7d}. */
  public static String shortWords(Duration duration) {
    long seconds = duration.getSeconds();
    for (Unit unit : UNITS) {
      if (seconds % unit.seconds() == 0) {
        return seconds / unit.seconds() + unit.singular().substring(0, 1);
      }
    }
    return seconds + "s";
  }
}
