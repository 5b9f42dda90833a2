package dev.charcoal.api.http;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the endpoints see it, independent of Netty.
 *
 * @param method upper case, e.g. {@code GET}
 * @param path the decoded path, e.g. {@code /metrics/find}
 * @param query the query string's parameters (Django's {@code request.GET})
 * @param form the form body's parameters (Django's {@code request.POST}); empty unless the body is
 *     {@code application/x-www-form-urlencoded}
 * @param headers header names in lower case
 * @param body the raw body
 */
public record ApiRequest(
    String method,
    String path,
    Params query,
    Params form,
    Map<String, String> headers,
    byte[] body) {

  /** A GET with these query parameters and no headers, for the command-line tools and tests. */
  public static ApiRequest get(String path, Params query) {
    return new ApiRequest("GET", path, query, Params.empty(), Map.of(), new byte[0]);
  }

  /** GET and POST parameters merged, as graphite-web's views merge them. */
  public Params params() {
    return query.merge(form);
  }

  /** A header's value, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public boolean isGet() {
    return method.equals("GET");
  }

  public boolean isPost() {
    return method.equals("POST");
  }
}
