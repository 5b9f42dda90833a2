package dev.charcoal.api.http;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an endpoint answers: status, content type, body and any extra headers (graphite-web's {@code
 * Pragma: no-cache} on finds).
 */
public record ApiResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {
  /** Django's default content type, used by graphite-web's plain {@code HttpResponse}s. */
  public static final String HTML = "text/html; charset=utf-8";

  public static final String JSON = "application/json";
  public static final String JAVASCRIPT = "text/javascript";
  public static final String TEXT = "text/plain; charset=utf-8";

  /** A response with a text body (UTF-8). */
  public static ApiResponse of(int status, String contentType, String body) {
    return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /** 200 with a JSON body. */
  public static ApiResponse json(String body) {
    return of(200, JSON, body);
  }

  /** A one-line plain-text error, as Charcoal reports what graphite-web reports in HTML pages. */
  public static ApiResponse error(int status, String message) {
    return of(status, TEXT, message.replaceAll("\\s*\\R\\s*", " ").strip() + "\n");
  }

  /** A copy with one more header. */
  public ApiResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiResponse(status, contentType, body, more);
  }

  /** The body as UTF-8 text. */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
