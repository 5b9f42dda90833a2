package dev.charcoal.query.function.transform;

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
import java.util.BitSet;
import java.util.List;

/**
 * {@code transformNull(x, 0)}: nulls replaced by a default (0 when omitted). With {@code
 * referenceSeries}, only the nulls at positions where at least one reference series has a value.
 * Named {@code transformNull(x,0)} or {@code transformNull(x,0,referenceSeries)}, tagged {@code
 * transformNull=0} (and {@code referenceSeries=1}).
 *
 * <p>The default keeps its Python type: omitted, it is the int {@code 0} (JSON {@code 0}); given,
 * graphite-web's validation makes it a float ({@code 0.0}).
 */
@GraphiteFunction(
    name = "transformNull",
    group = FunctionGroup.TRANSFORM,
    description =
        "Replaces nulls with a default value (0 when omitted); with referenceSeries, only where a"
            + " reference series has a value. Example: transformNull(webapp.pages.*.views, -1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "default", type = ParamType.FLOAT, defaultValue = "0"),
      @Param(name = "referenceSeries", type = ParamType.SERIES_LIST)
    })
public final class TransformNull implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object given = args.given("default") ? args.value("default") : (Object) 0L;
    if (!(given instanceof Number)) {
      throw new EvalException("transformNull: default must be a number, got " + given);
    }
    double fill = ((Number) given).doubleValue();
    boolean fillInt = PythonNumbers.isInt(given);
    List<TimeSeries> reference = args.seriesListOrNull("referenceSeries");
    boolean referenced = reference != null && !reference.isEmpty();
    double[] defaults = referenced ? defaults(reference, fill) : new double[0];
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      TimeSeries tagged = series.withTag("transformNull", PythonFormat.str(given));
      if (referenced) {
        tagged = tagged.withTag("referenceSeries", "1");
      }
      String name =
          "transformNull("
              + series.name()
              + ","
              + PythonFormat.g(fill)
              + (referenced ? ",referenceSeries)" : ")");
      Results.Values in = Results.read(series);
      // An empty list of defaults is false in Python: every null is then filled.
      int length = Math.max(in.size(), defaults.length);
      double[] values = new double[length];
      BitSet ints = new BitSet();
      for (int i = 0; i < length; i++) {
        double value = i < in.size() ? in.values()[i] : Double.NaN;
        if (!Double.isNaN(value)) {
          values[i] = value;
          ints.set(i, in.isInteger(i));
        } else {
          values[i] = defaults.length == 0 ? fill : i < defaults.length ? defaults[i] : Double.NaN;
          ints.set(i, fillInt && !Double.isNaN(values[i]));
        }
      }
      out.add(Results.replaced(tagged, name, values, ints));
    }
    return out;
  }

  /**
   * Per position of the longest reference series: the fill value where any reference series has a
   * value, NaN where none has.
   */
  private static double[] defaults(List<TimeSeries> reference, double fill) {
    List<double[]> columns = new ArrayList<>();
    int length = 0;
    for (TimeSeries series : reference) {
      double[] values = SeriesLists.iterate(series);
      columns.add(values);
      length = Math.max(length, values.length);
    }
    double[] defaults = new double[length];
    for (int i = 0; i < length; i++) {
      defaults[i] = Double.NaN;
      for (double[] column : columns) {
        if (i < column.length && !Double.isNaN(column[i])) {
          defaults[i] = fill;
          break;
        }
      }
    }
    return defaults;
  }
}
