package dev.charcoal.query.function.filter;

import dev.charcoal.query.eval.Arguments;
import dev.charcoal.query.eval.EvalContext;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.FunctionGroup;
import dev.charcoal.query.eval.GraphiteFunction;
import dev.charcoal.query.eval.Param;
import dev.charcoal.query.eval.ParamType;
import dev.charcoal.query.eval.SeriesFunction;
import dev.charcoal.query.eval.TimeSeries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code sortByName(server*.load, true)}: the series ordered by name, as Python compares strings
 * (by code point); with {@code natural}, every run of digits compares as a number ({@code server2}
 * before {@code server10}: graphite-web pads each run to ten digits). Stable, names unchanged.
 */
@GraphiteFunction(
    name = "sortByName",
    group = FunctionGroup.SORTING,
    description =
        "Orders the series by name, alphabetically or naturally (server2 before server10)."
            + " Example: sortByName(servers.*.load, true)",
    params = {
      @Param(name = "seriesList", type = ParamType.SERIES_LIST, required = true),
      @Param(name = "natural", type = ParamType.BOOLEAN, defaultValue = "false"),
      @Param(name = "reverse", type = ParamType.BOOLEAN, defaultValue = "false")
    })
public final class SortByName implements SeriesFunction {
  private static final Pattern DIGITS = Pattern.compile("\\d+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int NATURAL_WIDTH = 10;

  @Override
  public List<TimeSeries> apply(Arguments args, EvalContext context) throws EvalException {
    boolean natural = args.bool("natural", false);
    List<TimeSeries> seriesList = args.seriesList("seriesList");
    List<String> keys = new ArrayList<>(seriesList.size());
    List<Integer> order = new ArrayList<>(seriesList.size());
    for (int i = 0; i < seriesList.size(); i++) {
      String name = seriesList.get(i).name();
      keys.add(natural ? naturalKey(name) : name);
      order.add(i);
    }
    Comparator<Integer> byKey = (a, b) -> compareCodePoints(keys.get(a), keys.get(b));
    order.sort(args.bool("reverse", false) ? byKey.reversed() : byKey);
    List<TimeSeries> sorted = new ArrayList<>(order.size());
    for (int i : order) {
      sorted.add(seriesList.get(i));
    }
    return sorted;
  }

  /** graphite-web's natSortKey: each run of digits as its number, zero-padded to ten digits. */
  private static String naturalKey(String name) {
    Matcher digits = DIGITS.matcher(name);
    StringBuilder key = new StringBuilder();
    while (digits.find()) {
      String number = new BigInteger(digits.group()).toString();
      digits.appendReplacement(key, "0".repeat(Math.max(0, NATURAL_WIDTH - number.length())));
      key.append(number);
    }
    return digits.appendTail(key).toString();
  }

  /** Python's str comparison: code point by code point (Java's compareTo compares UTF-16 units). */
  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }
}
