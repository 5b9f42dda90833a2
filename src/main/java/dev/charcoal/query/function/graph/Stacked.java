package dev.charcoal.query.function.graph;

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
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code stacked(company.server.*.ifconfig.TXPackets, 'tx')}: each series becomes the running total
 * of itself and the series stacked before it on the same stack, point by point (by index, as
 * graphite-web adds them, whatever the steps); None stays None and adds nothing. The stack lives
 * for the whole render request, so {@code stacked()} in two targets of one request stack onto each
 * other, as in graphite-web. Without a stack name the series is named {@code stacked(x)} and tagged
 * {@code stacked=__DEFAULT__}; with one, the name is kept. The result's path expression is its
 * name, its options just {@code stacked: true} (graphite-web copies the series without its
 * options).
 */
@GraphiteFunction(
    name = "stacked",
    group = FunctionGroup.GRAPH,
    description =
        "Stacks the series on each other (a named stack keeps separate totals), for mixed"
            + " stacked and unstacked graphs. Example:"
            + " stacked(company.server.application01.ifconfig.TXPackets, 'tx')",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "stack", type = ParamType.STRING, keyword = "stackName")
    })
public final class Stacked implements SeriesFunction {
  private static final String DEFAULT_STACK = "__DEFAULT__";

  /**
   * graphite-web keeps the totals in the request context ({@code requestContext['totalStack']});
   * Charcoal keys them by the context object (the evaluator makes one per request and compares
   * contexts by identity), so they go when the request does.
   */
  private static final Map<EvalContext, Map<Object, Totals>> STACKS =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    Object stack = args.given("stack") ? args.value("stack") : DEFAULT_STACK;
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    Totals totals;
    synchronized (STACKS) {
      totals =
          STACKS
              .computeIfAbsent(context, c -> new HashMap<>())
              .computeIfAbsent(stack, s -> new Totals());
    }
    List<TimeSeries> out = new ArrayList<>(seriesList.size());
    synchronized (totals) {
      for (TimeSeries series : seriesList) {
        out.add(stack(series, totals, DEFAULT_STACK.equals(stack)));
      }
    }
    return out;
  }

  private static TimeSeries stack(TimeSeries series, Totals totals, boolean defaultStack) {
    totals.growTo(series.size());
    double[] values = new double[series.size()];
    BitSet integers = new BitSet();
    for (int i = 0; i < values.length; i++) {
      if (series.isNull(i)) {
        values[i] = Double.NaN;
        continue;
      }
      totals.sums[i] += series.values()[i];
      if (!series.isInteger(i)) {
        totals.floats.set(i);
      }
      values[i] = totals.sums[i];
      if (!totals.floats.get(i)) {
        integers.set(i);
      }
    }
    TimeSeries base = series;
    String name = series.name();
    if (defaultStack) {
      base = series.withTag("stacked", DEFAULT_STACK);
      name = "stacked(" + name + ")";
    }
    TimeSeries result =
        new TimeSeries(
            name,
            name,
            base.tags(),
            series.start(),
            series.end(),
            series.step(),
            values,
            integers,
            series.consolidationFunc(),
            1,
            series.xFilesFactor(),
            Map.of());
    return result.withOption("stacked", true);
  }

  /** One stack's running totals by index; a total stays a Python int until a float is added. */
  private static final class Totals {
    double[] sums = new double[0];
    final BitSet floats = new BitSet();

    void growTo(int size) {
      if (sums.length < size) {
        sums = Arrays.copyOf(sums, size);
      }
    }
  }
}
