package dev.charcoal.query.eval;

import dev.charcoal.model.Event;
import dev.charcoal.query.parse.BooleanLiteral;
import dev.charcoal.query.parse.Call;
import dev.charcoal.query.parse.Expression;
import dev.charcoal.query.parse.KeywordArgument;
import dev.charcoal.query.parse.NoneLiteral;
import dev.charcoal.query.parse.NumberLiteral;
import dev.charcoal.query.parse.PathExpression;
import dev.charcoal.query.parse.StringLiteral;
import dev.charcoal.query.parse.TargetParseException;
import dev.charcoal.query.parse.TargetParser;
import dev.charcoal.query.parse.Template;
import dev.charcoal.query.parse.TemplateException;
import dev.charcoal.query.parse.Templates;
import java.math.BigInteger;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * graphite-web's evaluator ({@code render/evaluator.py}): parses each target, expands templates,
 * fetches path expressions through a {@link SeriesFinder}, and calls the registered functions with
 * their arguments evaluated first, as {@code evaluateTokens} does. Functions that need another time
 * range re-enter through {@link EvalContext#evaluate}.
 */
public final class Evaluator implements TargetEvaluator {
  private final SeriesFinder finder;
  private final FunctionRegistry registry;
  private final EventLookup events;
  private final EvalLimits limits;

  public Evaluator(
      SeriesFinder finder, FunctionRegistry registry, EventLookup events, EvalLimits limits) {
    this.finder = finder;
    this.registry = registry;
    this.events = events;
    this.limits = limits;
  }

  @Override
  public List<TimeSeries> evaluate(RenderRequest request) throws EvalException {
    Budget budget = new Budget(limits, finder.forRequest());
    Context context =
        new Context(
            request.from(),
            request.until(),
            request.now(),
            request.zone(),
            request.xFilesFactor(),
            request.templates(),
            budget,
            0);
    List<TimeSeries> result = new ArrayList<>();
    for (String target : request.targets()) {
      if (!target.isBlank()) {
        result.addAll(context.evaluateTarget(target));
      }
    }
    return result;
  }

  /** What one request has fetched so far, against its limits, and the finder it fetches with. */
  private static final class Budget {
    private final EvalLimits limits;
    private final SeriesFinder finder;
    private long series;
    private long points;

    Budget(EvalLimits limits, SeriesFinder finder) {
      this.limits = limits;
      this.finder = finder;
    }

    void charge(List<TimeSeries> fetched) throws EvalException {
      series += fetched.size();
      for (TimeSeries s : fetched) {
        points += s.size();
      }
      if (series > limits.maxSeries()) {
        throw new EvalException(
            "the request fetches more than %,d series; narrow the globs"
                .formatted(limits.maxSeries()));
      }
      if (points > limits.maxPoints()) {
        throw new EvalException(
            "the request fetches more than %,d points; shorten the time range or narrow the globs"
                .formatted(limits.maxPoints()));
      }
    }
  }

  /** One time range of one request: graphite-web's requestContext. */
  private final class Context implements EvalContext {
    private final long startTime;
    private final long endTime;
    private final long now;
    private final ZoneId zone;
    private double xFilesFactor;
    private final Map<String, String> templates;
    private final Budget budget;
    private final int depth;
    private String source = "";

    Context(
        long startTime,
        long endTime,
        long now,
        ZoneId zone,
        double xFilesFactor,
        Map<String, String> templates,
        Budget budget,
        int depth) {
      this.startTime = startTime;
      this.endTime = endTime;
      this.now = now;
      this.zone = zone;
      this.xFilesFactor = xFilesFactor;
      this.templates = templates;
      this.budget = budget;
      this.depth = depth;
    }

    @Override
    public long startTime() {
      return startTime;
    }

    @Override
    public long endTime() {
      return endTime;
    }

    @Override
    public long now() {
      return now;
    }

    @Override
    public ZoneId zone() {
      return zone;
    }

    @Override
    public List<TimeSeries> evaluate(String target, long start, long end) throws EvalException {
      if (depth >= limits.maxRefetchDepth()) {
        throw new EvalException(
            "functions re-fetch more than %d levels deep".formatted(limits.maxRefetchDepth()));
      }
      return new Context(start, end, now, zone, xFilesFactor, templates, budget, depth + 1)
          .evaluateTarget(target);
    }

    @Override
    public double xFilesFactor() {
      return xFilesFactor;
    }

    @Override
    public void setXFilesFactor(double xFilesFactor) {
      this.xFilesFactor = xFilesFactor;
    }

    @Override
    public Optional<List<TimeSeries>> callFunction(String name, List<Object> args)
        throws EvalException {
      Optional<FunctionRegistry.Entry> entry = registry.find(name);
      if (entry.isEmpty()) {
        return Optional.empty();
      }
      List<Expression> noExpressions = Collections.nCopies(args.size(), null);
      Arguments arguments =
          ArgumentBinder.bind(entry.get().spec(), args, noExpressions, Map.of(), Map.of());
      return Optional.of(entry.get().function().apply(arguments, this));
    }

    @Override
    public List<Event> events(List<String> tags, long from, long until) {
      return events.find(tags, from, until);
    }

    List<TimeSeries> evaluateTarget(String target) throws EvalException {
      Expression expression;
      try {
        source = TargetParser.source(target);
        expression = Templates.expand(TargetParser.parse(target), templates);
      } catch (TargetParseException | TemplateException e) {
        throw new EvalException(e.getMessage(), e);
      }
      Object result = evaluate(expression);
      if (result instanceof List<?> list && !(list instanceof Arguments.Variadic)) {
        List<TimeSeries> series = new ArrayList<>(list.size());
        for (Object item : list) {
          if (!(item instanceof TimeSeries one)) {
            // mapSeries gives a list of series lists, which only reduceSeries can take.
            throw new EvalException("target " + target + " gives series lists, not series");
          }
          series.add(one);
        }
        return series;
      }
      throw new EvalException("target " + target + " is not a series list");
    }

    private Object evaluate(Expression expression) throws EvalException {
      if (expression instanceof PathExpression path) {
        return fetch(path.path());
      }
      if (expression instanceof Call call) {
        return call(call);
      }
      if (expression instanceof NumberLiteral number) {
        return number(number);
      }
      if (expression instanceof StringLiteral string) {
        return string.value();
      }
      if (expression instanceof BooleanLiteral bool) {
        return bool.value();
      }
      if (expression instanceof NoneLiteral) {
        return null;
      }
      if (expression instanceof Template) {
        throw new EvalException(
            "invalid template() syntax, only string/numeric arguments are allowed");
      }
      throw new IllegalStateException("unknown expression " + expression);
    }

    private List<TimeSeries> fetch(String pathExpression) throws EvalException {
      List<TimeSeries> fetched =
          budget.finder.fetch(pathExpression, startTime, endTime, now, xFilesFactor);
      budget.charge(fetched);
      return fetched;
    }

    private Object call(Call call) throws EvalException {
      if (call.name().equals("seriesByTag")) {
        return fetch(seriesByTagText(call));
      }
      if (call.name().equals("template")) {
        throw new EvalException(
            "invalid template() syntax, only string/numeric arguments are allowed");
      }
      FunctionRegistry.Entry entry =
          registry
              .find(call.name())
              .orElseThrow(
                  () -> new EvalException("Received request for unknown function: " + call.name()));
      List<Object> positional = new ArrayList<>(call.args().size());
      for (Expression arg : call.args()) {
        positional.add(evaluate(arg));
      }
      Map<String, Object> keywords = new LinkedHashMap<>();
      Map<String, Expression> keywordExpressions = new LinkedHashMap<>();
      for (Map.Entry<String, Expression> keyword : call.keywordMap().entrySet()) {
        keywords.put(keyword.getKey(), evaluate(keyword.getValue()));
        keywordExpressions.put(keyword.getKey(), keyword.getValue());
      }
      var validated = ParamValidation.validate(entry.spec(), positional, keywords);
      if (validated.isPresent()) {
        positional = validated.get().positional();
        keywords = validated.get().keywords();
      }
      Arguments arguments =
          ArgumentBinder.bind(entry.spec(), positional, call.args(), keywords, keywordExpressions);
      try {
        return entry.function().apply(arguments, this);
      } catch (SeriesLists.EmptyResultException empty) {
        return List.of();
      }
    }

    /**
     * The text graphite-web hands the tag DB: the call's raw source, or, for a call built by
     * template expansion (no source position), the call printed back.
     */
    private String seriesByTagText(Call call) throws EvalException {
      if (call.span().end() > call.span().start() && call.span().end() <= source.length()) {
        return call.span().of(source);
      }
      StringBuilder text = new StringBuilder("seriesByTag(");
      for (int i = 0; i < call.args().size(); i++) {
        if (!(call.args().get(i) instanceof StringLiteral string)) {
          throw new EvalException("seriesByTag() takes only strings");
        }
        text.append(i == 0 ? "" : ",").append(PythonFormat.repr(string.value()));
      }
      for (KeywordArgument ignored : call.keywords()) {
        throw new EvalException("seriesByTag() takes no keyword arguments");
      }
      return text.append(')').toString();
    }
  }

  private static Object number(NumberLiteral number) {
    if (number.integer()) {
      BigInteger value = number.integerValue();
      return value.bitLength() < 64 ? (Object) value.longValue() : (Object) value.doubleValue();
    }
    return number.doubleValue();
  }
}
