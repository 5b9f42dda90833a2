package dev.charcoal.query.function.alias;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.PythonRegex;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aliasByMetric(carbon.agents.graphite.creates)}: each series renamed to the last node of
 * its metric ({@code creates}). As graphite-web (which calls {@code substr(x, -1)}), a wrapped name
 * such as {@code scale(a.b.c,2)} is first cut to what lies between the last {@code (} and the first
 * {@code )}, and everything from a comma on is dropped: {@code c}. Tags unchanged.
 */
@GraphiteFunction(
    name = "aliasByMetric",
    group = FunctionGroup.ALIAS,
    description =
        "Names each series by the last node of its metric. Example:"
            + " aliasByMetric(carbon.agents.graphite.creates)",
    params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
public final class AliasByMetric implements SeriesFunction {
  private static final PythonRegex FROM_COMMA = compile(",.*$");

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    List<TimeSeries> out = new ArrayList<>();
    for (TimeSeries series : args.seriesList("seriesList")) {
      out.add(series.withName(lastNode(series.name())));
    }
    return out;
  }

  private static String lastNode(String name) throws EvalException {
    int left = name.lastIndexOf('(') + 1;
    int right = name.indexOf(')');
    if (right < 0) {
      right = name.length();
    }
    String clean = right > left ? name.substring(left, right) : "";
    String last = clean.substring(clean.lastIndexOf('.') + 1);
    return FROM_COMMA.sub("", last);
  }

  private static PythonRegex compile(String pattern) {
    try {
      return PythonRegex.compile(pattern);
    } catch (EvalException e) {
      throw new IllegalStateException(e);
    }
  }
}
