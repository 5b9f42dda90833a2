package dev.charcoal.api.tags;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.http.Params;
import dev.charcoal.api.json.PyJson;
import dev.charcoal.api.json.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code /tags} endpoints of graphite-web's tags/views.py over {@link TagQueries}: JSON
 * answers, {@code pretty=1} indented with sorted keys, errors as {@code {"error": MESSAGE}} (400
 * for bad input, 500 otherwise), 405 for a method graphite-web refuses.
 */
public final class TagsEndpoint {
  /** graphite-web's {@code TAGDB_AUTOCOMPLETE_LIMIT}. */
  public static final long AUTOCOMPLETE_LIMIT = 100;

  private final TagQueries tags;

  public TagsEndpoint(TagQueries tags) {
    this.tags = tags;
  }

  /** Routes {@code /tags/REST} ({@code rest} without the leading slash; empty for the list). */
  public ApiResponse handle(ApiRequest request, String rest) {
    Params params = request.isGet() ? request.query() : request.isPost() ? request.params() : null;
    if (params == null) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    try {
      return switch (rest) {
        case "tagSeries" -> tagSeries(request, params);
        case "tagMultiSeries" -> tagMultiSeries(request, params);
        case "delSeries" -> delSeries(request, params);
        case "findSeries" -> findSeries(params);
        case "autoComplete/tags" -> autoCompleteTags(params);
        case "autoComplete/values" -> autoCompleteValues(params);
        case "" -> tagList(request, params);
        default -> tagDetails(request, params, rest);
      };
    } catch (HttpError e) {
      return json(params, Map.of("error", e.getMessage()), e.status);
    } catch (IllegalArgumentException e) {
      return json(params, Map.of("error", String.valueOf(e.getMessage())), 400);
    } catch (RuntimeException e) {
      return json(params, Map.of("error", String.valueOf(e.getMessage())), 500);
    }
  }

  private ApiResponse tagSeries(ApiRequest request, Params params) {
    if (!request.isPost()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    String path = params.get("path");
    if (path == null || path.isEmpty()) {
      throw new HttpError("no path specified", 400);
    }
    return json(params, tags.tagSeries(path), 200);
  }

  private ApiResponse tagMultiSeries(ApiRequest request, Params params) {
    if (!request.isPost()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    List<String> paths = listParam(params, "path");
    if (paths.isEmpty()) {
      throw new HttpError("no paths specified", 400);
    }
    List<String> canonical = new ArrayList<>();
    for (String path : paths) {
      canonical.add(tags.tagSeries(path));
    }
    return json(params, canonical, 200);
  }

  private ApiResponse delSeries(ApiRequest request, Params params) {
    if (!request.isPost()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    List<String> paths = listParam(params, "path");
    if (paths.isEmpty()) {
      throw new HttpError("no path specified", 400);
    }
    paths.forEach(tags::delSeries);
    return json(params, true, 200);
  }

  private ApiResponse findSeries(Params params) {
    List<String> expressions = listParam(params, "expr");
    if (expressions.isEmpty()) {
      throw new HttpError("no tag expressions specified", 400);
    }
    return json(params, tags.findSeries(expressions), 200);
  }

  private ApiResponse tagList(ApiRequest request, Params params) {
    if (!request.isGet()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (String tag :
        tags.listTags(blankToNull(request.query().get("filter")), limit(request.query()))) {
      list.add(Map.of("tag", tag));
    }
    return json(params, list, 200);
  }

  private ApiResponse tagDetails(ApiRequest request, Params params, String tag) {
    if (!request.isGet()) {
      return ApiResponse.of(405, ApiResponse.HTML, "");
    }
    List<TagQueries.TagValue> values =
        tags.tagValues(tag, blankToNull(params.get("filter")), limit(params));
    if (values == null) {
      return json(params, null, 200);
    }
    List<Map<String, Object>> list = new ArrayList<>();
    for (TagQueries.TagValue value : values) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("value", value.value());
      item.put("count", value.count());
      list.add(item);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("tag", tag);
    details.put("values", list);
    return json(params, details, 200);
  }

  private ApiResponse autoCompleteTags(Params params) {
    Long limit = limit(params);
    List<String> result =
        tags.autoCompleteTags(
            listParam(params, "expr"),
            blankToNull(params.get("tagPrefix")),
            limit == null ? AUTOCOMPLETE_LIMIT : limit);
    return json(params, result, 200);
  }

  private ApiResponse autoCompleteValues(Params params) {
    String tag = params.get("tag");
    if (tag == null || tag.isEmpty()) {
      throw new HttpError("no tag specified", 400);
    }
    Long limit = limit(params);
    List<String> result =
        tags.autoCompleteValues(
            listParam(params, "expr"),
            tag,
            blankToNull(params.get("valuePrefix")),
            limit == null ? AUTOCOMPLETE_LIMIT : limit);
    return json(params, result, 200);
  }

  /** {@code name} repeated, else {@code name[]} repeated (the jQuery/PHP form). */
  private static List<String> listParam(Params params, String name) {
    List<String> values = params.getList(name);
    return values.isEmpty() ? params.getList(name + "[]") : values;
  }

  /** {@code limit}: absent or empty means none; otherwise Python's {@code int()}. */
  private static Long limit(Params params) {
    String limit = params.get("limit");
    if (limit == null || limit.isEmpty()) {
      return null;
    }
    return PyText.parseInt(limit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static ApiResponse json(Params params, Object data, int status) {
    String pretty = params.get("pretty");
    boolean isPretty = pretty != null && !pretty.isEmpty();
    return ApiResponse.of(
        status, ApiResponse.JSON, PyJson.dumps().pretty(isPretty).sortKeys(isPretty).write(data));
  }

  /** graphite-web's {@code HttpError}: a message with its status. */
  private static final class HttpError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    HttpError(String message, int status) {
      super(message);
      this.status = status;
    }
  }
}
