package dev.charcoal.query.function.transform;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-argument math transforms: {@code absolute}, {@code exp}, {@code invert} (1/x), {@code
 * squareRoot}, {@code sigmoid} (1/(1+e^-x)) and {@code logit} (log(x/(1-x))), applied to every
 * value; nulls stay null, and so do values outside the function's domain ({@code invert(0)}, {@code
 * squareRoot(-1)}, {@code logit(1)}). {@code exp} and {@code sigmoid} fail the request when e^x
 * overflows a double, as graphite-web does. Example: {@code absolute(servers.*.delta)}; each result
 * is named {@code absolute(servers.web1.delta)} and tagged {@code absolute=1} ({@code exp=e},
 * {@code sigmoid=sigmoid}, {@code logit=logit}).
 */
@GraphiteFunction(
    name = "absolute",
    group = FunctionGroup.TRANSFORM,
    description = "The absolute value of each point. Example: absolute(servers.web1.delta)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
@GraphiteFunction(
    name = "exp",
    group = FunctionGroup.TRANSFORM,
    description = "e raised to the power of each point. Example: exp(servers.web1.load)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
@GraphiteFunction(
    name = "invert",
    group = FunctionGroup.TRANSFORM,
    description = "1/x for each point; null where x is 0. Example: invert(servers.web1.latency)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
@GraphiteFunction(
    name = "squareRoot",
    group = FunctionGroup.TRANSFORM,
    description =
        "The square root of each point; null for negative points. Example:"
            + " squareRoot(servers.web1.variance)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
@GraphiteFunction(
    name = "sigmoid",
    group = FunctionGroup.TRANSFORM,
    description =
        "The logistic function 1/(1+exp(-x)) of each point. Example: sigmoid(model.score)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
@GraphiteFunction(
    name = "logit",
    group = FunctionGroup.TRANSFORM,
    description =
        "log(x/(1-x)) of each point, the inverse of sigmoid; null outside 0 < x < 1. Example:"
            + " logit(model.probability)",
    params = @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true))
public final class UnaryMath implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    String function = args.function();
    Pointwise.Op op =
        switch (function) {
          case "absolute" -> Math::abs;
          case "exp" -> Pointwise::exp;
          case "invert" -> v -> Safe.pow(v, -1);
          case "squareRoot" -> v -> Safe.pow(v, 0.5);
          case "sigmoid" -> v -> 1 / (1 + Pointwise.exp(-v));
          case "logit" -> UnaryMath::logit;
          default -> throw new IllegalStateException("not a UnaryMath function: " + function);
        };
    String tag =
        switch (function) {
          case "exp" -> "e";
          case "sigmoid", "logit" -> function;
          default -> "1";
        };
    boolean keepInts = function.equals("absolute");
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = function + "(" + series.name() + ")";
      out.add(Pointwise.map(series.withTag(function, tag), name, op, keepInts));
    }
    return out;
  }

  /** None where Python's math.log raises (x/(1-x) zero, negative or undefined). */
  private static double logit(double value) {
    double denominator = 1 - value;
    if (denominator == 0) {
      return Double.NaN;
    }
    double ratio = value / denominator;
    return ratio > 0 || Double.isNaN(ratio) ? Math.log(ratio) : Double.NaN;
  }
}
