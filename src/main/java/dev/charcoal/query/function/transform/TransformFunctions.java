package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.SeriesFunction;
import java.util.List;

/**
 * The implementations of this package, for {@link dev.charcoal.query.function.StandardFunctions}.
 */
public final class TransformFunctions {
  private TransformFunctions() {}

  /** One instance of each function class in this package. */
  public static List<SeriesFunction> all() {
    return List.of(new Scale());
  }
}
