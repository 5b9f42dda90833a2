package dev.charcoal.query.function.special;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package, for {@link dev.charcoal.query.function.StandardFunctions}.
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(
        new CactiStyle(),
        new Changed(),
        new ConsolidateBy(),
        new ConstantLine(),
        new Events(),
        new FallbackSeries(),
        new RandomWalk(),
        new SetXFilesFactor(),
        new Substr(),
        new SeriesByTag());
  }
}
