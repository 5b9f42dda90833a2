package dev.charcoal.query.function.combine;

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
import java.util.TreeSet;

/**
 * {@code applyByNode(servers.*.disk.free, 1, "divideSeries(%.disk.free,sumSeries(%.disk.*))")}: for
 * each distinct name prefix up to node {@code nodeNum} (sorted), the template with {@code %}
 * replaced by the prefix is evaluated as a target of its own. Results keep their names, or take
 * {@code newName} with {@code %} replaced; their path expression becomes the prefix.
 *
 * <p>graphite-web then gives every result the start and end of the last input series, whatever they
 * were; this is reproduced.
 */
@GraphiteFunction(
    name = "applyByNode",
    group = FunctionGroup.COMBINE,
    description =
        "Evaluates a target template once per distinct name prefix (up to a node), with % replaced"
            + " by the prefix; optionally renames the results the same way. Example:"
            + " applyByNode(servers.*.disk.free, 1, \"divideSeries(%.disk.free,"
            + "sumSeries(%.disk.*))\", \"%.disk.pct_free\")",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "nodeNum", type = ParamType.NODE, required = true),
      @Param(name = "templateFunction", type = ParamType.STRING, required = true),
      @Param(name = "newName", type = ParamType.STRING)
    })
public final class ApplyByNode implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    long nodeNum = args.integer("nodeNum");
    String template = args.string("templateFunction");
    String newName = args.has("newName") ? args.string("newName") : "";
    TreeSet<String> prefixes = new TreeSet<>();
    for (TimeSeries series : seriesList) {
      List<String> nodes = Arrays.asList(series.name().split("\\.", -1));
      prefixes.add(String.join(".", Slices.slice(nodes, 0, nodeNum + 1)));
    }
    List<TimeSeries> results = new ArrayList<>();
    for (String prefix : prefixes) {
      String target = template.replace("%", prefix);
      for (TimeSeries result : context.evaluate(target, context.startTime(), context.endTime())) {
        TimeSeries last = seriesList.get(seriesList.size() - 1);
        TimeSeries renamed =
            newName.isEmpty() ? result : result.withName(newName.replace("%", prefix));
        results.add(
            new TimeSeries(
                renamed.name(),
                prefix,
                renamed.tags(),
                last.start(),
                last.end(),
                renamed.step(),
                renamed.values(),
                renamed.integers(),
                renamed.consolidationFunc(),
                renamed.valuesPerPoint(),
                renamed.xFilesFactor(),
                renamed.options()));
      }
    }
    return results;
  }
}
