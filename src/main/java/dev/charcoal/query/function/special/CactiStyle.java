package dev.charcoal.query.function.special;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.Safe;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.SeriesLists;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code cactiStyle(ganglia.*.net.bytes_out, "si", "b")}: legends in columns, as Cacti draws them:
 * each series renamed to {@code <name> Current:<last> Max:<max> Min:<min> }, every column padded to
 * the widest entry of the list, values as {@code %.2f} with optional unit scaling ({@code si},
 * {@code binary}) and units.
 */
@GraphiteFunction(
    name = "cactiStyle",
    group = FunctionGroup.SPECIAL,
    description =
        "Renames each series to aligned Current, Max and Min columns, optionally scaled (si,"
            + " binary) and with units. Example: cactiStyle(ganglia.*.net.bytes_out, \"si\", \"b\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(
          name = "system",
          type = ParamType.STRING,
          options = {"\"binary\"", "\"si\""}),
      @Param(name = "units", type = ParamType.STRING)
    })
public final class CactiStyle implements SeriesFunction {
  /** graphite-web sizes a column from {@code int(value or 3)}, plus three spaces. */
  private static final double EMPTY_WIDTH_VALUE = 3;

  private static final int COLUMN_GAP = 3;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    if (seriesList.isEmpty()) {
      return seriesList;
    }
    String system = args.string("system", null);
    String units = args.string("units", null);
    if (system != null && !system.isEmpty() && !UnitFormat.knows(system)) {
      throw new EvalException("cactiStyle: unknown unit system " + system);
    }
    int n = seriesList.size();
    double[][] stats = new double[n][];
    int nameLen = 0;
    int lastLen = 0;
    int maxLen = 0;
    int minLen = 0;
    for (int i = 0; i < n; i++) {
      double[] values = SeriesLists.iterate(seriesList.get(i));
      stats[i] = new double[] {Safe.last(values), Safe.max(values), Safe.min(values)};
      nameLen = Math.max(nameLen, length(seriesList.get(i).name()));
      lastLen = Math.max(lastLen, width(stats[i][0], system, units));
      maxLen = Math.max(maxLen, width(stats[i][1], system, units));
      minLen = Math.max(minLen, width(stats[i][2], system, units));
    }
    List<TimeSeries> results = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String name =
          pad(seriesList.get(i).name(), nameLen)
              + " Current:"
              + pad(text(stats[i][0], system, units), lastLen)
              + " Max:"
              + pad(text(stats[i][1], system, units), maxLen)
              + " Min:"
              + pad(text(stats[i][2], system, units), minLen)
              + " ";
      results.add(seriesList.get(i).withName(name));
    }
    return results;
  }

  /** The column width graphite-web reserves for a value: its int part formatted, plus three. */
  private static int width(double value, String system, String units) throws EvalException {
    double sized = Double.isNaN(value) || value == 0 ? EMPTY_WIDTH_VALUE : value;
    if (Double.isInfinite(sized)) {
      throw new EvalException("cactiStyle: cannot convert float infinity to integer");
    }
    return length(UnitFormat.format((double) (long) sized, system, units)) + COLUMN_GAP;
  }

  /** None prints as Python's {@code nan}. */
  private static String text(double value, String system, String units) {
    return Double.isNaN(value) ? "nan" : UnitFormat.format(value, system, units);
  }

  /** Python's {@code "%-*s"}: left-justified to {@code width} code points. */
  private static String pad(String text, int width) {
    int length = length(text);
    return length >= width ? text : text + " ".repeat(width - length);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
