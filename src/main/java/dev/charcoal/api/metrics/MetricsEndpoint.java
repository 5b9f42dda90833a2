package dev.charcoal.api.metrics;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.FormData;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.api.json.PyText;
import dev.charcoal.model.glob.GlobPattern;
import dev.charcoal.query.time.AtTime;
import dev.charcoal.query.time.RenderTimes;
import dev.charcoal.store.MetricIndex;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /metrics/find} (and {@code /metrics}), {@code /metrics/expand} and {@code
 * /metrics/index.json}, as graphite-web's metrics views answer them over a {@link MetricIndex}. The
 * {@code charcoal find} command calls {@link #find} too.
 */
public final class MetricsEndpoint {
  private final MetricIndex index;
  private final LeafIntervals intervals;
  private final InstantSource clock;
  private final ZoneId defaultZone;

  public MetricsEndpoint(
      MetricIndex index, LeafIntervals intervals, InstantSource clock, ZoneId defaultZone) {
    this.index = index;
    this.intervals = intervals;
    this.clock = clock;
    this.defaultZone = defaultZone;
  }

  /** {@code /metrics/find}: formats treejson (default), completer, json and nodelist. */
  public ApiResponse find(ApiRequest request) {
    Params params = request.params();
    String format = params.get("format", "treejson");
    long leavesOnly;
    long wildcards;
    long position;
    long automaticVariants;
    try {
      leavesOnly = intParam(params, "leavesOnly", 0);
      intParam(params, "local", 0);
      wildcards = intParam(params, "wildcards", 0);
      checkTimes(params);
      position = intParam(params, "position", -1);
      automaticVariants = intParam(params, "automatic_variants", 0);
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
    String query = params.get("query");
    if (query == null) {
      return invalid("Missing required parameter 'query'");
    }
    if (query.isEmpty()) {
      return invalid("Required parameter 'query' is empty");
    }
    int lastDot = query.lastIndexOf('.');
    String basePath = lastDot < 0 ? "" : query.substring(0, lastDot) + ".";
    if (format.equals("completer")) {
      query = completerQuery(query, automaticVariants != 0);
    }
    List<MetricIndex.Node> matches;
    try {
      matches = find(query, leavesOnly != 0);
    } catch (IllegalArgumentException e) {
      return invalid("Failed to instantiate find query: " + e.getMessage());
    }
    Object content =
        switch (format) {
          case "treejson" -> TreeJson.of(matches, basePath, wildcards != 0);
          case "completer" -> completer(matches, wildcards != 0);
          case "json" -> jsonNodes(matches);
          case "nodelist" -> nodeList(matches, (int) position);
          default -> null;
        };
    if (content == null) {
      return ApiResponse.of(400, "text/plain", "Invalid value for 'format' parameter");
    }
    return JsonResponses.noCache(JsonResponses.of(request, content, 200));
  }

  /** {@code /metrics/expand}: the paths each {@code query} matches, merged or grouped. */
  public ApiResponse expand(ApiRequest request) {
    Params params = request.params();
    boolean groupByExpr;
    boolean leavesOnly;
    try {
      intParam(params, "local", 0);
      groupByExpr = intParam(params, "groupByExpr", 0) != 0;
      leavesOnly = intParam(params, "leavesOnly", 0) != 0;
    } catch (IllegalArgumentException e) {
      return invalid(e.getMessage());
    }
    Map<String, Set<String>> results = new LinkedHashMap<>();
    try {
      for (String query : params.getList("query")) {
        Set<String> paths = new TreeSet<>(PyJson.CODE_POINT_ORDER);
        for (MetricIndex.Node node : index.find(GlobPattern.compile(query))) {
          if (node.leaf() || !leavesOnly) {
            paths.add(node.path());
          }
        }
        results.put(query, paths);
      }
    } catch (IllegalArgumentException e) {
      return invalid("Failed to instantiate find query: " + e.getMessage());
    }
    Object content;
    if (groupByExpr) {
      Map<String, List<String>> grouped = new LinkedHashMap<>();
      results.forEach((query, paths) -> grouped.put(query, List.copyOf(paths)));
      content = grouped;
    } else {
      Set<String> all = new TreeSet<>(PyJson.CODE_POINT_ORDER);
      results.values().forEach(all::addAll);
      content = List.copyOf(all);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("results", content);
    return JsonResponses.noCache(JsonResponses.of(request, result, 200));
  }

  /** {@code /metrics/index.json}: every metric name, sorted. */
  public ApiResponse indexJson(ApiRequest request) {
    Set<String> all = new TreeSet<>(PyJson.CODE_POINT_ORDER);
    try {
      all.addAll(index.allMetrics());
    } catch (RuntimeException e) {
      return JsonResponses.of(request, List.of(), 500); // graphite-web answers [] on failure
    }
    return JsonResponses.of(request, List.copyOf(all), 200);
  }

  /** The index's nodes for {@code query}, sorted stably by node name as find_view sorts them. */
  private List<MetricIndex.Node> find(String query, boolean leavesOnly) {
    List<MetricIndex.Node> matches = new ArrayList<>();
    for (MetricIndex.Node node : index.find(GlobPattern.compile(query))) {
      if (node.leaf() || !leavesOnly) {
        matches.add(node);
      }
    }
    matches.sort(Comparator.comparing(MetricsEndpoint::name, PyJson.CODE_POINT_ORDER));
    return matches;
  }

  static String name(MetricIndex.Node node) {
    return node.path().substring(node.path().lastIndexOf('.') + 1);
  }

  /** The completer's query: {@code ..} → {@code *.}, a {@code *} at the end, optional braces. */
  private static String completerQuery(String query, boolean automaticVariants) {
    query = query.replace("..", "*.");
    if (!query.endsWith("*")) {
      query += "*";
    }
    if (automaticVariants) {
      String[] parts = query.split("\\.", -1);
      for (int i = 0; i < parts.length; i++) {
        if (parts[i].contains(",") && !parts[i].contains("{")) {
          parts[i] = "{" + parts[i] + "}";
        }
      }
      query = String.join(".", parts);
    }
    return query;
  }

  private static Map<String, Object> completer(List<MetricIndex.Node> matches, boolean wildcards) {
    List<Map<String, Object>> results = new ArrayList<>();
    for (MetricIndex.Node node : matches) {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("path", node.leaf() ? node.path() : node.path() + ".");
      info.put("name", name(node));
      info.put("is_leaf", node.leaf() ? "1" : "0");
      results.add(info);
    }
    if (results.size() > 1 && wildcards) {
      results.add(Map.of("name", "*"));
    }
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("metrics", results);
    return content;
  }

  private List<Map<String, Object>> jsonNodes(List<MetricIndex.Node> matches) {
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (MetricIndex.Node node : matches) {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("path", node.path());
      info.put("is_leaf", node.leaf());
      if (node.leaf()) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (LeafIntervals.Interval interval : intervals.of(node.path())) {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("start", interval.start());
          item.put("end", interval.end());
          list.add(item);
        }
        info.put("intervals", list);
      }
      nodes.add(info);
    }
    nodes.sort(Comparator.comparing(n -> (String) n.get("path"), PyJson.CODE_POINT_ORDER));
    return nodes;
  }

  private static Map<String, Object> nodeList(List<MetricIndex.Node> matches, int position) {
    Set<String> found = new HashSet<>();
    for (MetricIndex.Node node : matches) {
      String[] parts = node.path().split("\\.", -1);
      int i = position < 0 ? parts.length + position : position;
      if (i < 0 || i >= parts.length) {
        throw new IllegalArgumentException(
            "position " + position + " is past the path " + node.path());
      }
      found.add(parts[i]);
    }
    List<String> sorted = new ArrayList<>(found);
    sorted.sort(PyJson.CODE_POINT_ORDER);
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("nodes", sorted);
    return content;
  }

  /** Validates tz, now, from and until as find_view does; the index keeps no time ranges. */
  private void checkTimes(Params params) {
    ZoneId zone = RenderTimes.zone(params.get("tz"), defaultZone);
    Instant now = clock.instant();
    if (params.has("now")) {
      now = atTime(params, "now", zone, now);
    }
    for (String name : List.of("from", "until")) {
      if (params.has(name) && !params.get(name).equals("-1")) {
        atTime(params, name, zone, now);
      }
    }
  }

  private static Instant atTime(Params params, String name, ZoneId zone, Instant now) {
    String value = params.get(name);
    try {
      return AtTime.parse(value, zone, now);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid value " + PyText.repr(value) + " for param " + name + ": " + e.getMessage(), e);
    }
  }

  /** graphite-web's {@code queryParamAsInt}. */
  private static long intParam(Params params, String name, long fallback) {
    if (!params.has(name)) {
      return fallback;
    }
    String value = params.get(name);
    try {
      return PyText.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Invalid int value " + PyText.repr(value) + " for param " + name + ": " + e.getMessage());
    }
  }

  private static ApiResponse invalid(String message) {
    return ApiResponse.error(400, "Invalid parameters (" + message + ")");
  }

  /** {@code unquote_plus}, which graphite-web applies to each node name it shows. */
  static String unquotePlus(String text) {
    return FormData.unquote(text, true);
  }
}
