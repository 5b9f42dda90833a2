package dev.charcoal.query.function.alias;

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
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code legendValue(Sales.widgets.largeBlue, 'avg', 'max')}: appends aggregates to each name,
 * {@code Sales.widgets.largeBlue (avg: 10.5) (max: 20.0)} (Python's {@code str()} of the value,
 * {@code None} for none, {@code (?)} for an unknown aggregation). When the last argument is {@code
 * si} or {@code binary}, each value is instead scaled with a unit prefix ({@code 1.20k}, {@code
 * 1.17Ki}) and the name laid out in columns: {@code "%-20s%-5s%-10s" % (name, type, value)}.
 */
@GraphiteFunction(
    name = "legendValue",
    group = FunctionGroup.ALIAS,
    description =
        "Appends aggregates (avg, max, last...) to each name; a last 'si' or 'binary' formats"
            + " them with unit prefixes. Example: legendValue(Sales.widgets.largeBlue, 'avg',"
            + " 'max', 'si')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "valuesTypes",
          type = ParamType.STRING,
          multiple = true,
          options = {
            "\"average\"", "\"averageSeries\"", "\"avg\"", "\"avgSeries\"", "\"avg_zero\"",
            "\"avg_zeroSeries\"", "\"binary\"", "\"count\"", "\"countSeries\"", "\"current\"",
            "\"currentSeries\"", "\"diff\"", "\"diffSeries\"", "\"last\"", "\"lastSeries\"",
            "\"max\"", "\"maxSeries\"", "\"median\"", "\"medianSeries\"", "\"min\"",
            "\"minSeries\"", "\"multiply\"", "\"multiplySeries\"", "\"range\"", "\"rangeOf\"",
            "\"rangeOfSeries\"", "\"rangeSeries\"", "\"si\"", "\"stddev\"", "\"stddevSeries\"",
            "\"sum\"", "\"sumSeries\"", "\"total\"", "\"totalSeries\""
          })
    })
public final class LegendValue implements SeriesFunction {
  private static final String UNKNOWN = "(?)";

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<Object> valueTypes = new ArrayList<>(args.values("valuesTypes"));
    if (valueTypes.isEmpty()) {
      throw new EvalException("legendValue: no value types (tuple index out of range)");
    }
    Object last = valueTypes.get(valueTypes.size() - 1);
    String system = null;
    if (last instanceof String s && (s.equals("si") || s.equals("binary"))) {
      system = s;
      valueTypes.remove(valueTypes.size() - 1);
    }
    List<TimeSeries> seriesList = new ArrayList<>(args.seriesList("seriesList"));
    for (Object valueType : valueTypes) {
      AggFunc func = aggFunc(valueType);
      String type = PythonFormat.str(valueType);
      for (int i = 0; i < seriesList.size(); i++) {
        TimeSeries series = seriesList.get(i);
        PythonNumber value = func == null ? null : PythonNumber.aggregate(func, series);
        String name;
        if (system == null) {
          name = series.name() + " (" + type + ": " + (value == null ? UNKNOWN : value.str()) + ")";
        } else {
          String formatted =
              value == null ? UNKNOWN : value.none() ? "None" : Units.format(value.value(), system);
          name = padRight(series.name(), 20) + padRight(type, 5) + padRight(formatted, 10);
        }
        seriesList.set(i, series.withName(name));
      }
    }
    return seriesList;
  }

  /** graphite-web's {@code getAggFunc}, or null where it raises (the value shows as "(?)"). */
  private static AggFunc aggFunc(Object valueType) throws EvalException {
    if (valueType instanceof List<?>) {
      throw new EvalException("legendValue: a value type cannot be a series list");
    }
    try {
      return valueType instanceof String name ? AggFunc.of(name) : null;
    } catch (EvalException unknown) {
      return null;
    }
  }

  /** Python's {@code "%-Ns" % text}. */
  private static String padRight(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return length >= width ? text : text + " ".repeat(width - length);
  }
}
