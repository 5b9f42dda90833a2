package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalException;

/**
 * The {@code limit} of keepLastValue and interpolate: the longest run of nulls they fill, infinite
 * by default. Python compares the run length with whatever was passed, so None fails once a gap
 * needs the comparison.
 */
record GapLimit(Object limit) {
  static GapLimit of(Arguments args) {
    return new GapLimit(args.given("limit") ? args.value("limit") : Double.POSITIVE_INFINITY);
  }

  /** Python's {@code 0 < run <= limit}. */
  boolean fills(int run) throws EvalException {
    if (run <= 0) {
      return false;
    }
    if (limit instanceof Number number) {
      return run <= number.doubleValue();
    }
    throw new EvalException("limit must be a number or inf, got " + limit);
  }
}
