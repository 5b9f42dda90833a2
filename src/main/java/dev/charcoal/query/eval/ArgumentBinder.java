package dev.charcoal.query.eval;

import dev.charcoal.query.parse.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds a call's evaluated arguments to parameter names as Python binds them to the function's
 * signature: positionals in order, a variadic parameter takes all remaining positionals (those
 * after it are keyword-only), keywords by the Python name. Required parameters are not enforced
 * here: graphite-web only logs its metadata checks, so a function reports what it misses itself.
 */
final class ArgumentBinder {
  private ArgumentBinder() {}

  static Arguments bind(
      FunctionSpec spec,
      List<Object> positional,
      List<Expression> positionalExpressions,
      Map<String, Object> keywords,
      Map<String, Expression> keywordExpressions)
      throws EvalException {
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Object> expressions = new LinkedHashMap<>();
    int next = 0;
    for (ParamSpec param : spec.params()) {
      if (param.multiple()) {
        values.put(
            param.name(), new Arguments.Variadic(positional.subList(next, positional.size())));
        expressions.put(
            param.name(), new ArrayList<>(positionalExpressions.subList(next, positional.size())));
        next = positional.size();
        break;
      }
      if (next < positional.size()) {
        values.put(param.name(), positional.get(next));
        expressions.put(param.name(), positionalExpressions.get(next));
        next++;
      }
    }
    if (next < positional.size()) {
      throw new EvalException(
          "%s() takes %d positional arguments but %d were given"
              .formatted(spec.name(), next, positional.size()));
    }
    for (Map.Entry<String, Object> keyword : keywords.entrySet()) {
      ParamSpec param = byKeyword(spec, keyword.getKey());
      if (param == null || param.multiple()) {
        throw new EvalException(
            "%s() got an unexpected keyword argument '%s'"
                .formatted(spec.name(), keyword.getKey()));
      }
      if (values.containsKey(param.name())) {
        throw new EvalException(
            "%s() got multiple values for argument '%s'".formatted(spec.name(), keyword.getKey()));
      }
      values.put(param.name(), keyword.getValue());
      expressions.put(param.name(), keywordExpressions.get(keyword.getKey()));
    }
    return new Arguments(spec.name(), values, expressions);
  }

  private static ParamSpec byKeyword(FunctionSpec spec, String keyword) {
    for (ParamSpec param : spec.params()) {
      if (param.keyword().equals(keyword)) {
        return param;
      }
    }
    return null;
  }
}
