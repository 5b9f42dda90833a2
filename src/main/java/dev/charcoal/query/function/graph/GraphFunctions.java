package dev.charcoal.query.function.graph;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package (graphite-web's Graph group), for {@link
 * dev.charcoal.query.function.StandardFunctions}.
 */
public final class GraphFunctions {
  private GraphFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new AreaBetween(),
        new Dashed(),
        new DrawingFlag(),
        new SeriesOption(),
        new Stacked(),
        new Threshold(),
        new VerticalLine());
  }
}
