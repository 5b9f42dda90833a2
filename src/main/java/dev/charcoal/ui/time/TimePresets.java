package dev.charcoal.ui.time;

import java.time.Duration;
import java.util.List;

/** The choices of the time bar: ranges from 5 minutes to 30 days, and the refresh intervals. */
public final class TimePresets {
  /** The relative ranges offered, shortest first. */
  public static final List<Duration> RANGES =
      List.of(
          Duration.ofMinutes(5),
          Duration.ofMinutes(15),
          Duration.ofMinutes(30),
          Duration.ofHours(1),
          Duration.ofHours(3),
          Duration.ofHours(6),
          Duration.ofHours(12),
          Duration.ofHours(24),
          Duration.ofDays(2),
          Duration.ofDays(7),
          Duration.ofDays(30));

  /** What the window opens on. */
  public static final Duration DEFAULT_RANGE = Duration.ofHours(1);

  /** The auto-refresh intervals offered. */
  public static final List<Duration> REFRESH_INTERVALS =
      List.of(
          Duration.ofSeconds(5),
          Duration.ofSeconds(10),
          Duration.ofSeconds(30),
          Duration.ofMinutes(1),
          Duration.ofMinutes(5));

  /**
   * The interval auto-refresh starts with (graphite-web's dashboard uses 60 s; live data wants
   * less).
   */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(10);

  private TimePresets() {}
}
