package dev.charcoal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.charcoal.testing.Golden;
import java.util.List;

/** Reads the JSON-lines files that query/golden/generate.py wrote with graphite-web 1.1.8. */
public final class QueryGolden {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryGolden() {}

  /** Each line of {@code src/test/resources/query/golden/<name>}. */
  public static List<JsonNode> lines(String name) {
    return Golden.jsonLines("/query/golden/" + name);
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
