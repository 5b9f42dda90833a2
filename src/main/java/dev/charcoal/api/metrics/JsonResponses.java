package dev.charcoal.api.metrics;

import dev.charcoal.api.http.ApiRequest;
import dev.charcoal.api.http.ApiResponse;
import dev.charcoal.api.json.PyJson;

/**
 * graphite-web's {@code json_response_for} (metrics views): ASCII escapes only when the client's
 * {@code Accept} is exactly {@code application/json} (or absent), otherwise UTF-8 with a charset in
 * the content type; {@code pretty} from the form before the query string; a non-empty {@code jsonp}
 * wraps the text as JavaScript.
 */
final class JsonResponses {
  private JsonResponses() {}

  static ApiResponse of(ApiRequest request, Object data, int status) {
    String accept = request.header("accept");
    boolean ascii = accept == null || accept.equals("application/json");
    String pretty = request.form().get("pretty");
    if (pretty == null) {
      pretty = request.query().get("pretty");
    }
    String content =
        PyJson.dumps().ensureAscii(ascii).pretty(pretty != null && !pretty.isEmpty()).write(data);
    String contentType = ApiResponse.JSON;
    String jsonp = request.params().get("jsonp");
    if (jsonp != null && !jsonp.isEmpty()) {
      content = jsonp + "(" + content + ")";
      contentType = ApiResponse.JAVASCRIPT;
    }
    if (!ascii) {
      contentType += ";charset=utf-8";
    }
    return ApiResponse.of(status, contentType, content);
  }

  /** With graphite-web's never-cache headers for finds. */
  static ApiResponse noCache(ApiResponse response) {
    return response.withHeader("Pragma", "no-cache").withHeader("Cache-Control", "no-cache");
  }
}
