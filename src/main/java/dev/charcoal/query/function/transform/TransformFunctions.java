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
    return List.of(
        new Scale(),
        new UnaryMath(),
        new Add(),
        new Pow(),
        new Round(),
        new ScaleToSeconds(),
        new OffsetToZero(),
        new MinMax(),
        new Logarithm(),
        new Derivative(),
        new NonNegativeDelta(),
        new Delay(),
        new Integral(),
        new IntegralByInterval(),
        new KeepLastValue(),
        new Interpolate(),
        new IsNonNull(),
        new TransformNull(),
        new TimeSlice(),
        new TimeShift(),
        new TimeStack(),
        new Summarize(),
        new SmartSummarize(),
        new Hitcount(),
        new TimeFunction(),
        new SinFunction());
  }
}
