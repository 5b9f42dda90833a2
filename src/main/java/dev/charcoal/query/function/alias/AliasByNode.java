package dev.charcoal.query.function.alias;

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
 * {@code aliasByNode(ganglia.*.cpu.load5, 1)} (and {@code aliasByTags}, the same function): each
 * series renamed to the given nodes (0-based, negatives from the end) or tag values, joined by
 * {@code .}, e.g. {@code web1}. A node out of range, or one that is not a whole number, is looked
 * up as a tag ({@code ''} when missing); a wrapped name such as {@code scale(a.b,2)} is read
 * through its first path expression. Tags unchanged.
 */
@GraphiteFunction(
    name = "aliasByNode",
    group = FunctionGroup.ALIAS,
    description =
        "Names each series by some of its nodes or tags. Example: aliasByNode(ganglia.*.cpu.load5,"
            + " 1)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "nodes", type = ParamType.NODE_OR_TAG, required = true, multiple = true)
    })
@GraphiteFunction(
    name = "aliasByTags",
    group = FunctionGroup.ALIAS,
    description =
        "Names each series by some of its tags (or nodes). Example:"
            + " seriesByTag('name=cpu')|aliasByTags('server', 'name')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "tags", type = ParamType.NODE_OR_TAG, required = true, multiple = true)
    })
public final class AliasByNode implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<Object> nodes = args.values(args.function().equals("aliasByNode") ? "nodes" : "tags");
    for (Object node : nodes) {
      // graphite-web indexes the nodes with n when n == int(n): a whole float fails there, as do
      // inf and None on the way.
      if (node == null
          || node instanceof Double d && (d.isInfinite() || d == Math.rint(d))
          || node instanceof List<?>) {
        throw new EvalException(
            args.function() + ": not a node index or tag: " + PythonFormat.repr(node));
      }
    }
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      if (series.name().isEmpty()) {
        throw new EvalException(args.function() + ": a series has an empty name");
      }
      out.add(series.withName(SeriesLists.aggKey(series, nodes)));
    }
    return out;
  }
}
