package dev.charcoal.ingest.statsd;

import java.util.List;

/**
 * The histogram bins of one timer: upper bounds (exclusive, the first from 0, {@code +∞} for etsy's
 * {@code 'inf'}) and their Graphite names, {@code bin_} and the bound as JavaScript prints it with
 * its first {@code .} made {@code _}: {@code bin_1000}, {@code bin_0_01}, {@code bin_inf}.
 */
final class HistogramBins {
  static final HistogramBins NONE = new HistogramBins(List.of());

  private final double[] bounds;
  private final String[] names;

  HistogramBins(List<Double> bounds) {
    this.bounds = bounds.stream().mapToDouble(Double::doubleValue).toArray();
    this.names = new String[this.bounds.length];
    for (int i = 0; i < names.length; i++) {
      String bound = Double.isInfinite(this.bounds[i]) ? "inf" : JsNumbers.format(this.bounds[i]);
      names[i] = "bin_" + bound.replaceFirst("\\.", "_");
    }
  }

  int size() {
    return bounds.length;
  }

  String name(int i) {
    return names[i];
  }

  /**
   * etsy's count per bin over ascending {@code sorted}: one cursor walks the values, and each bin
   * takes those below its bound; values at or above the last finite bound are not counted.
   */
  int[] counts(double[] sorted, int n) {
    int[] counts = new int[bounds.length];
    int i = 0;
    for (int bin = 0; bin < bounds.length; bin++) {
      double bound = bounds[bin];
      while (i < n && (Double.isInfinite(bound) || sorted[i] < bound)) {
        counts[bin]++;
        i++;
      }
    }
    return counts;
  }
}
