package dev.charcoal.api.functions;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.api.json.RawJson;
import dev.charcoal.query.eval.FunctionRegistry;
import dev.charcoal.query.eval.FunctionSpec;
import dev.charcoal.query.eval.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /functions} and {@code /functions/NAME}: graphite-web's function metadata, which Grafana
 * reads to build its editor. Entries come from the registry's annotations; {@code function} (the
 * Python signature) is derived from the parameters, and {@code module} is graphite-web's.
 */
public final class FunctionsEndpoint {
  /** graphite-web's module for its built-in functions. */
  static final String MODULE = "graphite.render.functions";

  private final FunctionRegistry registry;

  public FunctionsEndpoint(FunctionRegistry registry) {
    this.registry = registry;
  }

  /** {@code /functions}: every function, or by group, or grouped. */
  public ApiResponse list(ApiRequest request) {
    if (!request.isGet()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    Params params = request.query();
    boolean pie = "pie".equals(params.get("type"));
    String grouped = params.get("grouped", "").toLowerCase(Locale.ROOT);
    boolean isGrouped = grouped.equals("1") || grouped.equals("true");
    String group = params.get("group");
    Map<String, Object> result = new LinkedHashMap<>();
    if (!pie) { // Charcoal has no pie functions: they only serve PNG pie charts
      for (FunctionSpec spec : registry.specs()) {
        String groupName = spec.group().label();
        if (group != null && !group.equals(groupName)) {
          continue;
        }
        if (isGrouped) {
          @SuppressWarnings("unchecked")
          Map<String, Object> members =
              (Map<String, Object>) result.computeIfAbsent(groupName, g -> new LinkedHashMap<>());
          members.put(spec.name(), info(spec));
        } else {
          result.put(spec.name(), info(spec));
        }
      }
    }
    return json(params, result, 200);
  }

  /** {@code /functions/NAME}: one function, or 404 with graphite-web's error object. */
  public ApiResponse details(ApiRequest request, String name) {
    if (!request.isGet()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    Params params = request.query();
    Optional<FunctionRegistry.Entry> entry =
        "pie".equals(params.get("type")) ? Optional.empty() : registry.find(name);
    if (entry.isEmpty()) {
      return json(params, Map.of("error", "Function not found: " + name), 404);
    }
    return json(params, info(entry.get().spec()), 200);
  }

  /** graphite-web's {@code functionInfo}. */
  static Map<String, Object> info(FunctionSpec spec) {
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("name", spec.name());
    info.put("function", spec.name() + signature(spec.params()));
    info.put("description", spec.description());
    info.put("module", MODULE);
    info.put("group", spec.group().label());
    List<Object> params = new ArrayList<>();
    for (ParamSpec param : spec.params()) {
      params.add(param(param));
    }
    info.put("params", params);
    return info;
  }

  /** graphite-web's {@code Param.toJSON}. */
  private static Map<String, Object> param(ParamSpec param) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", param.name());
    json.put("type", param.type().label());
    if (param.required()) {
      json.put("required", true);
    }
    param.defaultJson().ifPresent(text -> json.put("default", new RawJson(text)));
    if (param.multiple()) {
      json.put("multiple", true);
    }
    if (!param.optionsJson().isEmpty()) {
      json.put("options", param.optionsJson().stream().map(RawJson::new).toList());
    }
    if (!param.suggestionsJson().isEmpty()) {
      json.put("suggestions", param.suggestionsJson().stream().map(RawJson::new).toList());
    }
    return json;
  }

  /**
   * The Python signature graphite-web prints, e.g. {@code (seriesList, n=1)} or {@code
   * (*seriesLists)}: required parameters bare, optional ones with their default ({@code None}
   * without one), variadic ones starred.
   */
  static String signature(List<ParamSpec> params) {
    List<String> parts = new ArrayList<>();
    for (ParamSpec param : params) {
      if (param.multiple()) {
        parts.add("*" + param.keyword());
      } else if (param.required()) {
        parts.add(param.keyword());
      } else {
        parts.add(
            param.keyword() + "=" + param.defaultJson().map(PythonLiteral::of).orElse("None"));
      }
    }
    return "(" + String.join(", ", parts) + ")";
  }

  private static ApiResponse json(Params params, Object data, int status) {
    String pretty = params.get("pretty");
    boolean isPretty = pretty != null && !pretty.isEmpty();
    String text = PyJson.dumps().pretty(isPretty).sortKeys(isPretty).write(data);
    return ApiResponse.of(status, ApiResponse.JSON, text.replace("Infinity,", "1e9999,"));
  }
}
