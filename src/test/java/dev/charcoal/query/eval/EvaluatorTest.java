package dev.charcoal.query.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  /** Records how it was called: its arguments as bound, and the series it got. */
  @GraphiteFunction(
      name = "probe",
      aliases = "p",
      group = FunctionGroup.SPECIAL,
      description = "test probe",
      params = {
        @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
        @Param(name = "factor", type = ParamType.FLOAT),
        @Param(name = "count", type = ParamType.INTEGER),
        @Param(name = "flag", type = ParamType.BOOLEAN, defaultValue = "false")
      })
  static final class Probe implements SeriesFunction {
    final List<Arguments> calls = new ArrayList<>();

    @Override
    public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
      calls.add(args);
      return args.seriesList("seriesList");
    }
  }

  /** Re-evaluates its first argument's path one step earlier, forever when nested in itself. */
  @GraphiteFunction(
      name = "again",
      group = FunctionGroup.SPECIAL,
      description = "test re-fetch",
      params = {@Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true)})
  static final class Again implements SeriesFunction {
    @Override
    public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
      List<TimeSeries> out = new ArrayList<>();
      for (TimeSeries series : args.seriesList("seriesList")) {
        out.addAll(
            context.evaluate(
                "again(" + series.pathExpression() + ")",
                context.startTime() - 60,
                context.endTime()));
      }
      return out;
    }
  }

  private final Probe probe = new Probe();
  private final List<String> fetched = new ArrayList<>();
  private final SeriesFinder finder =
      (path, from, until, now, xff) -> {
        fetched.add(path + "@" + from + ".." + until);
        return List.of(TimeSeries.of("a.b", path, 60, 180, 60, new double[] {1, 2}, xff));
      };

  private Evaluator evaluator(EvalLimits limits) {
    return new Evaluator(
        finder, FunctionRegistry.of(List.of(probe, new Again())), EventLookup.NONE, limits);
  }

  private List<TimeSeries> evaluate(String... targets) throws EvalException {
    return evaluator(EvalLimits.DEFAULT).evaluate(request(Map.of(), targets));
  }

  private static RenderRequest request(Map<String, String> templates, String... targets) {
    return new RenderRequest(List.of(targets), 0, 600, 600, ZoneOffset.UTC, templates, 0);
  }

  @Test
  void convertsArgumentsAsGraphiteWebsValidationDoes() throws Exception {
    evaluate("probe(a.b, 2, 3, 'true')");
    Arguments args = probe.calls.get(0);
    assertThat(args.value("factor")).isEqualTo(2.0);
    assertThat(args.value("count")).isEqualTo(3L);
    assertThat(args.value("flag")).isEqualTo(true);
  }

  @Test
  void keepsRawArgumentsWhenAnyFailsValidation() throws Exception {
    evaluate("probe(a.b, 2, 3.5)");
    Arguments args = probe.calls.get(0);
    assertThat(args.value("factor")).isEqualTo(2L);
    assertThat(args.value("count")).isEqualTo(3.5);
  }

  @Test
  void bindsKeywordsAndAliases() throws Exception {
    evaluate("p(a.b, count=4)");
    Arguments args = probe.calls.get(0);
    assertThat(args.function()).isEqualTo("p");
    assertThat(args.value("count")).isEqualTo(4L);
    assertThat(args.given("factor")).isFalse();
  }

  @Test
  void pipesAreNestedCalls() throws Exception {
    evaluate("a.b|probe(5)");
    assertThat(probe.calls.get(0).value("factor")).isEqualTo(5.0);
    assertThat(fetched).containsExactly("a.b@0..600");
  }

  @Test
  void expandsTemplatesWithRequestVariablesFirst() throws Exception {
    evaluator(EvalLimits.DEFAULT)
        .evaluate(request(Map.of("host", "web2"), "template(servers.$host.cpu, host='web1')"));
    assertThat(fetched).containsExactly("servers.web2.cpu@0..600");
  }

  @Test
  void refusesUnknownFunctionsAndBadArgumentsWithReasons() {
    assertThatThrownBy(() -> evaluate("nope(a.b)"))
        .isInstanceOf(EvalException.class)
        .hasMessage("Received request for unknown function: nope");
    assertThatThrownBy(() -> evaluate("probe(a.b, 1, 2, true, 5)"))
        .hasMessageContaining("positional arguments");
    assertThatThrownBy(() -> evaluate("probe(a.b, size=1)"))
        .hasMessageContaining("unexpected keyword argument 'size'");
    assertThatThrownBy(() -> evaluate("probe(a.b, 1, factor=2)"))
        .hasMessageContaining("multiple values");
    assertThatThrownBy(() -> evaluate("probe(a.b")).hasMessageContaining("position");
  }

  @Test
  void skipsBlankTargetsAndKeepsTargetOrder() throws Exception {
    List<TimeSeries> result = evaluate("probe(x.y)", " ", "probe(z)");
    assertThat(result).extracting(TimeSeries::pathExpression).containsExactly("x.y", "z");
  }

  @Test
  void handsSeriesByTagItsRawText() throws Exception {
    evaluate("probe(seriesByTag('name=cpu', \"dc=us\"))");
    assertThat(fetched).containsExactly("seriesByTag('name=cpu', \"dc=us\")@0..600");
  }

  @Test
  void reFetchesOverTheRangeAFunctionAsksFor() throws Exception {
    EvalLimits deepEnough = new EvalLimits(1000, 1_000_000, 3);
    assertThatThrownBy(() -> evaluator(deepEnough).evaluate(request(Map.of(), "again(a.b)")))
        .isInstanceOf(EvalException.class)
        .hasMessageContaining("re-fetch more than 3 levels");
    assertThat(fetched)
        .containsExactly("a.b@0..600", "a.b@-60..600", "a.b@-120..600", "a.b@-180..600");
  }

  @Test
  void refusesRequestsOverTheSeriesOrPointBudget() {
    EvalLimits tiny = new EvalLimits(2, 1_000_000, 8);
    assertThatThrownBy(() -> evaluator(tiny).evaluate(request(Map.of(), "a.b", "c.d", "e.f")))
        .hasMessageContaining("more than 2 series");
    EvalLimits fewPoints = new EvalLimits(100, 3, 8);
    assertThatThrownBy(() -> evaluator(fewPoints).evaluate(request(Map.of(), "a.b", "c.d")))
        .hasMessageContaining("more than 3 points");
  }
}
