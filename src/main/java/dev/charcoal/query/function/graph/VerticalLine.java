package dev.charcoal.query.function.graph;

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
import dev.charcoal.query.time.AtTime;
import dev.charcoal.query.time.AtTimeException;
import java.time.Instant;
import java.util.List;

/**
 * {@code verticalLine("12:34_20231108", "deploy", "blue")}: a vertical line at the time (read as a
 * from/until time, relative ones against the request's now), which must lie within the request
 * range: a series of two points at that second, step 1, with {@code options.drawAsInfinite}; named
 * by the label (empty without one), a color goes to {@code options.color}.
 */
@GraphiteFunction(
    name = "verticalLine",
    group = FunctionGroup.GRAPH,
    description =
        "Draws a vertical line at a time within the graph, with an optional legend label and"
            + " color. Example: verticalLine('16:00_20231108', 'deploy', 'blue')",
    params = {
      @Param(name = "ts", type = ParamType.DATE, required = true),
      @Param(name = "label", type = ParamType.STRING),
      @Param(name = "color", type = ParamType.STRING)
    })
public final class VerticalLine implements SeriesFunction {
  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    long ts;
    try {
      ts =
          AtTime.parse(args.string("ts"), context.zone(), Instant.ofEpochSecond(context.now()))
              .getEpochSecond();
    } catch (AtTimeException e) {
      throw new EvalException("verticalLine(): " + e.getMessage(), e);
    }
    if (ts < context.startTime()) {
      throw new EvalException("verticalLine(): timestamp " + ts + " exists before start of range");
    }
    if (ts > context.endTime()) {
      throw new EvalException("verticalLine(): timestamp " + ts + " exists after end of range");
    }
    // graphite-web names the line None without a label; Charcoal's names are text.
    String label = args.has("label") ? PythonFormat.str(args.value("label")) : "";
    TimeSeries line =
        TimeSeries.of(label, label, ts, ts, 1, new double[] {1.0, 1.0}, Threshold.XFILES_FACTOR)
            .withOption("drawAsInfinite", true);
    if (args.bool("color", false)) {
      line = line.withOption("color", args.value("color"));
    }
    return List.of(line);
  }
}
