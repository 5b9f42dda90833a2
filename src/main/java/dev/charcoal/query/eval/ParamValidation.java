package dev.charcoal.query.eval;

import dev.charcoal.query.time.TimeOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * graphite-web's {@code validateParams} (functions/params.py) as its evaluator uses it with input
 * validation off (the default): when every argument validates, the function gets the converted
 * values ({@code float} params become floats, so {@code transformNull(x, 0)} writes {@code 0.0});
 * when any fails, graphite-web only logs it and calls the function with the raw values. Both
 * outcomes show in output names and values, so Charcoal reproduces the rule exactly.
 */
final class ParamValidation {
  /** The arguments after a successful validation. */
  record Validated(List<Object> positional, Map<String, Object> keywords) {}

  private ParamValidation() {}

  /** The converted arguments, or empty when graphite-web would fall back to the raw ones. */
  static Optional<Validated> validate(
      FunctionSpec spec, List<Object> positional, Map<String, Object> keywords) {
    List<ParamSpec> params = spec.params();
    List<ParamSpec> positionalParams;
    List<ParamSpec> keywordParams;
    if (positional.size() + keywords.size() > params.size()) {
      if (params.isEmpty() || !params.get(params.size() - 1).multiple()) {
        return Optional.empty();
      }
      positionalParams = params;
      keywordParams = List.of();
    } else {
      positionalParams = params.subList(0, positional.size());
      keywordParams = params.subList(positional.size(), params.size());
    }
    try {
      List<Object> validArgs = new ArrayList<>(positional.size());
      for (int i = 0; i < positional.size(); i++) {
        ParamSpec param = positionalParams.get(Math.min(i, positionalParams.size() - 1));
        validArgs.add(validateValue(param, positional.get(i)));
      }
      Map<String, Object> validKeywords = new LinkedHashMap<>();
      for (ParamSpec param : keywordParams) {
        Object value = keywords.get(param.name());
        if (value == null) {
          if (param.required()) {
            return Optional.empty();
          }
          continue;
        }
        validKeywords.put(param.name(), validateValue(param, value));
      }
      if (keywords.size() > validKeywords.size()) {
        return Optional.empty();
      }
      return Optional.of(new Validated(validArgs, validKeywords));
    } catch (IllegalArgumentException | ClassCastException invalid) {
      return Optional.empty();
    }
  }

  private static Object validateValue(ParamSpec param, Object value) {
    if (value == null && param.defaultJson().isPresent()) {
      return null;
    }
    if (!param.required() && value == null) {
      return null;
    }
    if (!param.optionsJson().isEmpty()) {
      if (!(value instanceof String s) || !optionsContain(param, s)) {
        if (!(value instanceof Number n && optionsContainNumber(param, n))) {
          throw new IllegalArgumentException("not an option");
        }
      }
    }
    return switch (param.type()) {
      case BOOLEAN -> toBoolean(value);
      case FLOAT -> toFloat(value);
      case INTEGER, NODE -> toInteger(value);
      case INT_OR_INF -> toIntOrInf(value);
      case INTERVAL -> toInterval(value);
      case SERIES_LIST -> requireSeriesList(value);
      case AGG_FUNC -> requireAggFunc(value);
      default -> value;
    };
  }

  private static boolean optionsContain(ParamSpec param, String value) {
    String json = '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    return param.optionsJson().contains(json);
  }

  private static boolean optionsContainNumber(ParamSpec param, Number value) {
    return param.optionsJson().contains(PythonFormat.str(value));
  }

  private static Object toBoolean(Object value) {
    if (value instanceof String s) {
      if (s.equalsIgnoreCase("true")) {
        return true;
      }
      if (s.equalsIgnoreCase("false")) {
        return false;
      }
      throw new IllegalArgumentException("Invalid boolean value");
    }
    if (value instanceof Long || value instanceof Double) {
      double d = ((Number) value).doubleValue();
      if (d == 0) {
        return false;
      }
      if (d == 1) {
        return true;
      }
      throw new IllegalArgumentException("Invalid boolean value");
    }
    if (value instanceof Boolean) {
      return value;
    }
    return value instanceof List<?> list && !list.isEmpty();
  }

  /** Python's {@code float(value)}. */
  static double toFloat(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof Boolean b) {
      return b ? 1.0 : 0.0;
    }
    if (value instanceof String s) {
      return parsePythonFloat(s);
    }
    throw new IllegalArgumentException("not a float");
  }

  private static double parsePythonFloat(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
    double sign = s.startsWith("-") ? -1 : 1;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (!unsigned.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
      throw new IllegalArgumentException("could not convert string to float");
    }
    return Double.parseDouble(s);
  }

  private static long toInteger(Object value) {
    if (value instanceof Double) {
      throw new IllegalArgumentException("Not a valid integer value");
    }
    if (value instanceof Long l) {
      return l;
    }
    if (value instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (value instanceof String s && s.strip().matches("[+-]?\\d+")) {
      return Long.parseLong(s.strip().replace("+", ""));
    }
    throw new IllegalArgumentException("Not a valid integer value");
  }

  private static Object toIntOrInf(Object value) {
    try {
      return toInteger(value);
    } catch (IllegalArgumentException notInteger) {
      if (toFloat(value) == Double.POSITIVE_INFINITY) {
        return Double.POSITIVE_INFINITY;
      }
      throw notInteger;
    }
  }

  private static Object toInterval(Object value) {
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("Invalid interval value");
    }
    TimeOffset.parse(s);
    return value;
  }

  private static Object requireSeriesList(Object value) {
    if (!(value instanceof List<?> list) || value instanceof Arguments.Variadic) {
      throw new IllegalArgumentException("not a list");
    }
    for (Object item : list) {
      if (!(item instanceof TimeSeries)) {
        throw new IllegalArgumentException("not a TimeSeries");
      }
    }
    return value;
  }

  private static Object requireAggFunc(Object value) {
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException("Invalid aggregation function");
    }
    String base = s.endsWith("Series") ? s.substring(0, s.length() - "Series".length()) : s;
    if (!AggFunc.names().contains(s) && !AggFunc.names().contains(base)) {
      throw new IllegalArgumentException("Invalid aggregation function");
    }
    return value;
  }
}
