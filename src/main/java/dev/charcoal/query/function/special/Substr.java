package dev.charcoal.query.function.special;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code substr(carbon.agents.host.avgUpdateTime, 2, 4)}: renames each series to nodes {@code
 * start} up to (not including) {@code stop} of its name ({@code host.avgUpdateTime}), Python slice
 * style (negative counts from the end, stop 0 means to the end). A name wrapped in functions is cut
 * to its innermost argument first, and anything after a comma is dropped. Only the name changes.
 */
@GraphiteFunction(
    name = "substr",
    group = FunctionGroup.SPECIAL,
    description =
        "Renames each series to a range of its name's nodes, start to stop (exclusive; 0 means to"
            + " the end). Example: substr(carbon.agents.hostname.avgUpdateTime, 2, 4)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "start", type = ParamType.NODE, defaultValue = "0"),
      @Param(name = "stop", type = ParamType.NODE, defaultValue = "0")
    })
public final class Substr implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long start = args.integer("start", 0);
    long stop = args.integer("stop", 0);
    List<TimeSeries> results = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      String name = series.name();
      int left = name.lastIndexOf('(') + 1;
      int right = name.indexOf(')');
      String clean =
          right < 0 ? name.substring(left) : right > left ? name.substring(left, right) : "";
      List<String> nodes = Arrays.asList(clean.split("\\.", -1));
      List<String> kept = slice(nodes, start, stop == 0 ? nodes.size() : stop);
      // substr(func(a.b,'c'),1) gives b, not b,'c'
      String renamed = String.join(".", kept).replaceFirst(",.*", "");
      results.add(series.withName(renamed));
    }
    return results;
  }

  /** Python's {@code list[start:stop]}: negative bounds count from the end, both are clamped. */
  private static List<String> slice(List<String> list, long start, long stop) {
    int from = bound(start, list.size());
    int to = bound(stop, list.size());
    return from >= to ? List.of() : list.subList(from, to);
  }

  private static int bound(long index, int size) {
    long resolved = index < 0 ? index + size : index;
    return (int) Math.max(0, Math.min(size, resolved));
  }
}
