package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.AggFunc;
import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonFormat;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code filterSeries(system.interface.eth*.packetsSent, 'max', '>', 1000)} and the shorthands
 * {@code averageAbove}, {@code maximumBelow}...: the series whose aggregate compares true with the
 * threshold, in input order, names unchanged. A series without values (aggregate None) passes
 * {@code !=}, {@code <} and {@code <=} and fails the others, as in graphite-web; so the {@code
 * *Below} shorthands (which use {@code <=}) keep empty series.
 */
@GraphiteFunction(
    name = "filterSeries",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose aggregate compares true with a threshold. Example:"
            + " filterSeries(system.interface.eth*.packetsSent, 'max', '>', 1000)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "func", type = ParamType.AGG_FUNC, required = true),
      @Param(
          name = "operator",
          type = ParamType.STRING,
          required = true,
          options = {"\"!=\"", "\"<\"", "\"<=\"", "\"=\"", "\">\"", "\">=\""}),
      @Param(name = "threshold", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "averageAbove",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose average above N. Example: averageAbove(servers.*.threads.busy, 25)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "averageBelow",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose average at or below N. Example: averageBelow(servers.*.threads.busy, 25)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "currentAbove",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose last non-null value above N. Example: currentAbove(servers.*.threads.busy, 50)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "currentBelow",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose last non-null value at or below N (or none). Example: currentBelow(servers.*.threads.busy, 3)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "maximumAbove",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose maximum above N. Example: maximumAbove(system.interface.eth*.packetsSent, 1000)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "maximumBelow",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose maximum at or below N (or no values). Example: maximumBelow(system.interface.eth*.packetsSent, 1000)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "minimumAbove",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose minimum above N. Example: minimumAbove(system.interface.eth*.packetsSent, 1000)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
@GraphiteFunction(
    name = "minimumBelow",
    group = FunctionGroup.FILTER_SERIES,
    description =
        "Only the series whose minimum at or below N (or no values). Example: minimumBelow(system.interface.eth*.packetsSent, 1000)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "n", type = ParamType.FLOAT, required = true)
    })
public final class FilterSeries implements SeriesFunction {
  private static final List<String> OPERATORS = List.of("=", "!=", ">", ">=", "<", "<=");

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    Object n = args.value("n");
    if (!args.function().equals("filterSeries") && !args.given("n")) {
      throw new EvalException(args.function() + "() missing 1 required positional argument: 'n'");
    }
    return switch (args.function()) {
      case "averageAbove" -> filter(seriesList, AggFunc.AVERAGE, ">", n);
      case "averageBelow" -> filter(seriesList, AggFunc.AVERAGE, "<=", n);
      case "currentAbove" -> filter(seriesList, AggFunc.LAST, ">", n);
      case "currentBelow" -> filter(seriesList, AggFunc.LAST, "<=", n);
      case "maximumAbove" -> filter(seriesList, AggFunc.MAX, ">", n);
      case "maximumBelow" -> filter(seriesList, AggFunc.MAX, "<=", n);
      case "minimumAbove" -> filter(seriesList, AggFunc.MIN, ">", n);
      case "minimumBelow" -> filter(seriesList, AggFunc.MIN, "<=", n);
      default -> {
        AggFunc func = PythonValues.aggFunc(args.value("func"));
        Object operator = args.value("operator");
        if (!OPERATORS.contains(operator)) {
          throw new EvalException("Unsupported operator: " + PythonFormat.str(operator));
        }
        yield filter(seriesList, func, (String) operator, args.value("threshold"));
      }
    };
  }

  private static List<TimeSeries> filter(
      List<TimeSeries> seriesList, AggFunc func, String operator, Object threshold)
      throws EvalException {
    List<TimeSeries> kept = new ArrayList<>();
    for (TimeSeries series : seriesList) {
      if (compare(func.apply(SeriesLists.iterate(series)), operator, threshold)) {
        kept.add(series);
      }
    }
    return kept;
  }

  /**
   * graphite-web's {@code operatorFuncs}: None (NaN) short-circuits; a threshold that is not a
   * number (a raw argument graphite-web passed on) is never equal and cannot be ordered.
   */
  private static boolean compare(double value, String operator, Object threshold)
      throws EvalException {
    if (Double.isNaN(value)) {
      return operator.equals("!=") || operator.startsWith("<");
    }
    if (!(threshold instanceof Number || threshold instanceof Boolean)) {
      if (operator.equals("=") || operator.equals("!=")) {
        return operator.equals("!=");
      }
      throw new EvalException(
          "'%s' not supported between a number and %s"
              .formatted(operator, PythonFormat.repr(threshold)));
    }
    double t = threshold instanceof Boolean b ? (b ? 1 : 0) : ((Number) threshold).doubleValue();
    return switch (operator) {
      case "=" -> value == t;
      case "!=" -> value != t;
      case ">" -> value > t;
      case ">=" -> value >= t;
      case "<" -> value < t;
      default -> value <= t;
    };
  }
}
