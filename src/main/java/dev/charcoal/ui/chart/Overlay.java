package dev.charcoal.ui.chart;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A timeshift overlay: the series of a pane's target {@code base} as they were {@code shift} ago,
 * drawn dashed in a lighter shade of the base series' colour. It is queried as graphite's {@code
 * timeShift(base, "shift")}, so the real evaluator does the shifting.
 *
 * @param base one of the pane's targets
 * @param shift graphite's interval, {@code 1d}, {@code 1w}, {@code 3h} (back in time)
 */
public record Overlay(String base, String shift) {
  /** What a shift may hold: graphite's offsets ({@code 1d}, {@code 2w3d}), never a quote. */
  private static final Pattern SHIFT = Pattern.compile("[+-]?[0-9A-Za-z]+");

  /** One day back. */
  public static final String DAY = "1d";

  /** One week back. */
  public static final String WEEK = "1w";

  public Overlay {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(shift, "shift");
    if (!SHIFT.matcher(shift).matches()) {
      throw new IllegalArgumentException("not a time shift: " + shift);
    }
  }

  /** The render target that draws it, e.g. {@code timeShift(a.b, "1d")}. */
  public String target() {
    return "timeShift(" + base + ", \"" + shift + "\")";
  }

  /** What the legend adds to the base series' name, e.g. {@code 1d ago}. */
  public String label() {
    return shift.startsWith("+") ? shift.substring(1) + " ahead" : unsigned(shift) + " ago";
  }

  /** The same shift over another base target (after the user edited the base). */
  public Overlay withBase(String newBase) {
    return new Overlay(newBase, shift);
  }

  /** Whether {@code other} is the same shift, written with or without its minus sign. */
  public boolean sameShift(String other) {
    return unsigned(shift).equals(unsigned(other));
  }

  private static String unsigned(String shift) {
    return shift.startsWith("-") ? shift.substring(1) : shift;
  }
}
