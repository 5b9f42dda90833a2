package dev.charcoal.api;

import dev.charcoal.api.events.EventsEndpoint;
import dev.charcoal.api.functions.FunctionsEndpoint;
import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.metrics.MetricsEndpoint;
import dev.charcoal.api.render.RenderEndpoint;
import dev.charcoal.api.tags.TagsEndpoint;
import dev.charcoal.events.EventStoreException;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphite-web's URL table (urls.py and each app's urls.py) over Charcoal's endpoints, without
 * Netty: a request in, a response out. Anything an endpoint did not expect becomes a 500 with a
 * one-line message; nothing escapes.
 */
public final class ApiRouter {
  private static final Pattern EVENT_ID = Pattern.compile("/events/(\\d+)/?");

  private final RenderEndpoint render;
  private final MetricsEndpoint metrics;
  private final FunctionsEndpoint functions;
  private final EventsEndpoint events;
  private final TagsEndpoint tags;

  public ApiRouter(ApiBackend backend, InstantSource clock, ZoneId defaultZone) {
    this.render = new RenderEndpoint(backend.evaluator(), clock, defaultZone);
    this.metrics = new MetricsEndpoint(backend.index(), backend.intervals(), clock, defaultZone);
    this.functions = new FunctionsEndpoint(backend.functions());
    this.events = new EventsEndpoint(backend.events(), clock, defaultZone);
    this.tags = new TagsEndpoint(backend.tags());
  }

  /** Answers one request. */
  public ApiResponse route(ApiRequest request) {
    try {
      return dispatch(request);
    } catch (EventStoreException e) {
      return ApiResponse.error(500, e.getMessage());
    } catch (RuntimeException e) {
      return ApiResponse.error(500, "internal error: " + e);
    }
  }

  private ApiResponse dispatch(ApiRequest request) {
    String path = request.path();
    if (path.equals("/render") || path.equals("/render/")) {
      return render.handle(request);
    }
    switch (path) {
      case "/metrics", "/metrics/", "/metrics/find", "/metrics/find/":
        return metrics.find(request);
      case "/metrics/expand", "/metrics/expand/":
        return metrics.expand(request);
      case "/metrics/index.json":
        return metrics.indexJson(request);
      case "/functions", "/functions/":
        return functions.list(request);
      case "/events", "/events/":
        return events.events(request);
      case "/events/get_data", "/events/get_dat": // graphite-web's pattern is get_data?
        return events.getData(request);
      case "/tags", "/tags/":
        return tags.handle(request, "");
      default:
        break;
    }
    if (path.startsWith("/functions/")) {
      return functions.details(request, path.substring("/functions/".length()));
    }
    if (path.startsWith("/tags/")) {
      return tags.handle(request, path.substring("/tags/".length()));
    }
    Matcher event = EVENT_ID.matcher(path);
    if (event.matches()) {
      try {
        return events.detail(request, Long.parseLong(event.group(1)));
      } catch (NumberFormatException e) {
        return notFound(path);
      }
    }
    return notFound(path);
  }

  private static ApiResponse notFound(String path) {
    return ApiResponse.error(404, "not found: " + path);
  }
}
