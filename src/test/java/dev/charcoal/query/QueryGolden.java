package dev.charcoal.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON-lines files that query/golden/generate.py wrote with graphite-web 1.1.8. */
public final class QueryGolden {
  private static final ObjectMapper JSON = new ObjectMapper();

  private QueryGolden() {}

  /** Each line of {@code src/test/resources/query/golden/<name>}. */
  public static List<JsonNode> lines(String name) {
    try (InputStream in = QueryGolden.class.getResourceAsStream("/query/golden/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + name);
      }
      List<JsonNode> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(JSON.readTree(line));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
