package dev.charcoal.store.rules;

import dev.charcoal.model.AggregationMethod;

/**
 * How a new whisper file summarises points into coarser archives: the fraction of known points a
 * window needs ({@code xFilesFactor}, 0..1) and the method.
 */
public record Aggregation(float xFilesFactor, AggregationMethod method) {
  /** whisper.create's defaults, used when no rule matches or a rule leaves a key out. */
  public static final Aggregation WHISPER_DEFAULT =
      new Aggregation(0.5f, AggregationMethod.AVERAGE);

  public Aggregation {
    if (!(xFilesFactor >= 0 && xFilesFactor <= 1)) {
      throw new IllegalArgumentException("xFilesFactor must be between 0 and 1: " + xFilesFactor);
    }
    if (method == null) {
      throw new IllegalArgumentException("method is required");
    }
  }
}
