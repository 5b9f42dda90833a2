package dev.charcoal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.Params;
import dev.charcoal.query.eval.TimeSeries;
import dev.charcoal.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the files that api/golden/generate.py wrote with graphite-web 1.1.8's views. */
public final class ApiGolden {
  private ApiGolden() {}

  /** Each line of {@code src/test/resources/api/golden/<name>}. */
  public static List<JsonNode> lines(String name) {
    return Golden.jsonLines("/api/golden/" + name);
  }

  /** A golden series spec as the TimeSeries graphite-web's view was given. */
  public static TimeSeries series(JsonNode spec) {
    JsonNode values = spec.get("values");
    double[] out = new double[values.size()];
    BitSet ints = new BitSet();
    for (int i = 0; i < out.length; i++) {
      JsonNode v = values.get(i);
      if (v.isNull()) {
        out[i] = Double.NaN;
      } else if (v.isTextual()) {
        out[i] = v.textValue().equals("inf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
      } else {
        out[i] = v.doubleValue();
        if (v.isIntegralNumber()) {
          ints.set(i);
        }
      }
    }
    Map<String, String> tags = new LinkedHashMap<>();
    spec.get("tags").forEach(pair -> tags.put(pair.get(0).textValue(), pair.get(1).textValue()));
    return new TimeSeries(
        spec.get("name").textValue(),
        spec.get("pathExpression").textValue(),
        tags,
        spec.get("start").longValue(),
        spec.get("end").longValue(),
        spec.get("step").longValue(),
        out,
        ints,
        spec.get("consolidationFunc").textValue(),
        spec.get("valuesPerPoint").intValue(),
        spec.get("xFilesFactor").doubleValue(),
        Map.of());
  }

  /** {@code [[name, value], ...]} as parameters. */
  public static Params params(JsonNode pairs) {
    Params.Builder builder = Params.builder();
    if (pairs != null) {
      pairs.forEach(pair -> builder.add(pair.get(0).textValue(), pair.get(1).textValue()));
    }
    return builder.build();
  }

  /** A request as a golden line describes it (GET with params, or a body). */
  public static ApiRequest request(JsonNode request) {
    String method = request.has("method") ? request.get("method").textValue() : "GET";
    Map<String, String> headers = new LinkedHashMap<>();
    JsonNode accept = request.get("accept");
    if (accept != null && !accept.isNull()) {
      headers.put("accept", accept.textValue());
    }
    byte[] body =
        request.has("body")
            ? request.get("body").textValue().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    return new ApiRequest(
        method,
        request.get("path").textValue(),
        params(request.get("params")),
        Params.empty(),
        headers,
        body);
  }

  /** The series of each spec. */
  public static List<TimeSeries> seriesList(JsonNode specs) {
    List<TimeSeries> out = new ArrayList<>();
    specs.forEach(spec -> out.add(series(spec)));
    return out;
  }
}
