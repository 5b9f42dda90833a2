package dev.charcoal.query.function.special;

import dev.charcoal.model.Event;
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
import java.util.List;

/**
 * {@code events("deploy", "web")}: the number of events carrying all the tags in each second of the
 * request (None where there are none), as ints at a 1 s step, consolidated by sum; {@code
 * events("*")} counts every event. Named {@code events("deploy", "web")}. Usually drawn with
 * drawAsInfinite.
 */
@GraphiteFunction(
    name = "events",
    group = FunctionGroup.SPECIAL,
    description =
        "The number of events with all the given tags at each second (\"*\" for every event);"
            + " usable with drawAsInfinite. Example: events(\"deploy\", \"web\")",
    params = {@Param(name = "tags", type = ParamType.STRING, required = true, multiple = true)})
public final class Events implements SeriesFunction {
  /** One point per second: an event's time is whole seconds. */
  private static final long STEP = 1;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<String> tags = new ArrayList<>();
    for (Object tag : args.values("tags")) {
      if (!(tag instanceof String text)) {
        throw new EvalException("events: tags must be strings, got " + tag);
      }
      tags.add(text);
    }
    String name = "events(\"" + String.join("\", \"", tags) + "\")";
    long start = context.startTime();
    long end = context.endTime();
    int points = GeneratedPoints.check("events", (end - start) / STEP);
    List<String> lookup = tags.equals(List.of("*")) ? List.of() : tags;
    double[] values = new double[points];
    Arrays.fill(values, Double.NaN);
    BitSet ints = new BitSet();
    for (Event event : context.events(lookup, start, end)) {
      long offset = event.when() - start;
      // graphite-web fails on an event at the very end of the range (index past the end); such
      // events fall outside the points and are left out.
      if (offset < 0 || offset >= points) {
        continue;
      }
      int i = (int) offset;
      values[i] = Double.isNaN(values[i]) ? 1 : values[i] + 1;
      ints.set(i);
    }
    return List.of(
        TimeSeries.of(name, name, start, end, STEP, values, context.xFilesFactor())
            .withValues(values, ints)
            .withConsolidationFunc("sum"));
  }
}
