package dev.charcoal.api.render;

import dev.charcoal.api.http.Params;
import dev.charcoal.query.eval.RenderRequest;
import dev.charcoal.query.time.AtTimeException;
import dev.charcoal.query.time.RenderTimes;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of a render request as graphite-web's {@code parseOptions} reads them.
 *
 * @param request what the evaluator is asked (blank targets left out)
 * @param format {@code json}, {@code csv}, … or null (graphite-web's PNG default)
 * @param jsonp the callback, only when {@code format} is given too
 * @param maxDataPoints 0 when absent or not all digits
 */
record RenderOptions(
    RenderRequest request,
    String format,
    String jsonp,
    boolean pretty,
    long maxDataPoints,
    boolean noNullPoints) {

  /** Python's {@code float()} syntax, after stripping: decimal, with digit underscores. */
  private static final Pattern PY_FLOAT =
      Pattern.compile("[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*|\\d(_?\\d)*\\.)([eE][+-]?\\d(_?\\d)*)?");

  /**
   * Reads the options.
   *
   * @throws IllegalArgumentException a parameter graphite-web refuses; the message says which
   */
  static RenderOptions parse(Params params, InstantSource clock, ZoneId defaultZone) {
    List<String> targets = params.getList("target");
    if (targets.isEmpty()) {
      targets = params.getList("target[]");
    }
    List<String> kept = new ArrayList<>();
    for (String target : targets) {
      if (!target.isBlank()) {
        kept.add(target);
      }
    }
    Map<String, String> templates = new LinkedHashMap<>();
    params
        .asMap()
        .forEach(
            (key, values) -> {
              if (key.startsWith("template[")) {
                // Python's key[9:-1]: the name between the brackets, whatever closes it
                String name = key.length() > 9 ? key.substring(9, key.length() - 1) : "";
                templates.put(name, values.get(values.size() - 1));
              }
            });
    String format = null;
    String jsonp = null;
    if (params.has("pickle")) {
      format = "pickle";
    }
    if (params.has("rawData")) {
      format = "raw";
    }
    if (params.has("format")) {
      format = params.get("format");
      jsonp = params.get("jsonp");
    }
    String graphType = params.get("graphType", "line");
    if (!graphType.equals("line") && !graphType.equals("pie")) {
      throw new IllegalArgumentException(
          "Invalid graphType '" + graphType + "', must be one of ['line', 'pie']");
    }
    if (graphType.equals("pie")) {
      throw new IllegalArgumentException(
          "graphType=pie needs an image renderer, which Charcoal has not");
    }
    String mdp = params.get("maxDataPoints");
    long maxDataPoints = mdp != null && isDigits(mdp) ? parseDigits(mdp) : 0;
    RenderTimes.Window window;
    try {
      window =
          RenderTimes.resolve(
              params.get("from"),
              params.get("until"),
              params.get("now"),
              params.get("tz"),
              defaultZone,
              clock);
    } catch (AtTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    double xFilesFactor = pyFloat(params.get("xFilesFactor", "0"));
    RenderRequest request =
        new RenderRequest(
            kept,
            window.from().getEpochSecond(),
            window.until().getEpochSecond(),
            window.now().getEpochSecond(),
            window.zone(),
            templates,
            xFilesFactor);
    String pretty = params.get("pretty");
    return new RenderOptions(
        request,
        format,
        jsonp,
        pretty != null && !pretty.isEmpty(),
        maxDataPoints,
        params.has("noNullPoints"));
  }

  private static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** All digits; beyond a long it is as good as infinite. */
  private static long parseDigits(String s) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Python's {@code float(text)}. */
  static double pyFloat(String text) {
    String s = text.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    double sign = lower.startsWith("-") ? -1 : 1;
    if (unsigned.equals("inf") || unsigned.equals("infinity")) {
      return sign * Double.POSITIVE_INFINITY;
    }
    if (unsigned.equals("nan")) {
      return Double.NaN;
    }
    if (!PY_FLOAT.matcher(s).matches()) {
      throw new IllegalArgumentException("could not convert string to float: '" + text + "'");
    }
    return Double.parseDouble(s.replace("_", ""));
  }
}
