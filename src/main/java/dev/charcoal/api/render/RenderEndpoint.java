package dev.charcoal.api.render;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.query.eval.EvalException;
import dev.charcoal.query.eval.TargetEvaluator;
import dev.charcoal.query.eval.TimeSeries;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * {@code /render}: graphite-web's {@code renderView} for the data formats (json with jsonp, csv,
 * raw, pickle). Image formats, graphite-web's default, are answered 400 with a pointer to {@code
 * format=json}: Charcoal draws graphs in its window, not as PNG.
 *
 * <p>The {@code charcoal render} command calls {@link #handle} too, so both print the same bytes.
 */
public final class RenderEndpoint {
  private final TargetEvaluator evaluator;
  private final InstantSource clock;
  private final ZoneId defaultZone;

  public RenderEndpoint(TargetEvaluator evaluator, InstantSource clock, ZoneId defaultZone) {
    this.evaluator = evaluator;
    this.clock = clock;
    this.defaultZone = defaultZone;
  }

  /** Answers one request; bad parameters and targets give 400 with graphite-web's message form. */
  public ApiResponse handle(ApiRequest request) {
    RenderOptions options;
    try {
      options = RenderOptions.parse(request.params(), clock, defaultZone);
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage(), List.of());
    }
    String format = options.format();
    if (!isDataFormat(format)) {
      return ApiResponse.error(
          400,
          "format="
              + (format == null ? "png (the default)" : format)
              + " is not supported: Charcoal renders no images; ask for format=json (or csv, raw,"
              + " pickle)");
    }
    List<TimeSeries> data;
    try {
      data =
          options.request().targets().isEmpty() ? List.of() : evaluator.evaluate(options.request());
    } catch (EvalException | IllegalArgumentException e) {
      return invalid(e.getMessage(), options.request().targets());
    }
    return switch (format) {
      case "json" -> json(options, data);
      case "csv" ->
          ApiResponse.of(200, "text/csv", CsvRenderer.render(data, options.request().zone()));
      case "raw" -> ApiResponse.of(200, "text/plain", RawRenderer.render(data));
      default -> new ApiResponse(200, "application/pickle", PickleRenderer.render(data), Map.of());
    };
  }

  private static ApiResponse json(RenderOptions options, List<TimeSeries> data) {
    String body =
        JsonRenderer.render(
            data, options.maxDataPoints(), options.noNullPoints(), options.pretty());
    if (options.jsonp() != null) {
      return ApiResponse.of(200, ApiResponse.JAVASCRIPT, options.jsonp() + "(" + body + ")");
    }
    return new ApiResponse(
        200, ApiResponse.JSON, body.getBytes(StandardCharsets.US_ASCII), Map.of());
  }

  private static boolean isDataFormat(String format) {
    return format != null
        && (format.equals("json")
            || format.equals("csv")
            || format.equals("raw")
            || format.equals("pickle"));
  }

  /**
   * graphite-web's InputParameterError text: {@code Invalid parameters (MSG); targets: "T, T"}, the
   * targets cut at {@link #MAX_ECHOED_TARGETS} characters (graphite-web echoes them whole, so a
   * megabyte target came back in its own error).
   */
  private static ApiResponse invalid(String message, List<String> targets) {
    String text = "Invalid parameters (" + message + ")";
    if (!targets.isEmpty()) {
      String echoed = String.join(", ", targets);
      if (echoed.length() > MAX_ECHOED_TARGETS) {
        echoed = echoed.substring(0, MAX_ECHOED_TARGETS) + "…";
      }
      text += "; targets: \"" + echoed + "\"";
    }
    return ApiResponse.error(400, text);
  }

  /** How much of the targets an error message repeats. */
  static final int MAX_ECHOED_TARGETS = 1000;
}
