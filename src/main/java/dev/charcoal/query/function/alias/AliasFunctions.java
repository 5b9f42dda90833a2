package dev.charcoal.query.function.alias;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package (graphite-web's Alias group), for {@link
 * dev.charcoal.query.function.StandardFunctions}.
 */
public final class AliasFunctions {
  private AliasFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new Alias(),
        new AliasByMetric(),
        new AliasByNode(),
        new AliasQuery(),
        new AliasSub(),
        new LegendValue());
  }
}
