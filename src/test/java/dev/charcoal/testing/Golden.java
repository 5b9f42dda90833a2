package dev.charcoal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON-lines golden files made by real Graphite tools (each beside its generator). */
public final class Golden {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Golden() {}

  /** Each line of {@code src/test/resources/dev/charcoal/golden/<name>} as a JSON object. */
  public static List<JsonNode> lines(String name) {
    return jsonLines("/dev/charcoal/golden/" + name);
  }

  /** Each non-blank line of the test resource at {@code absolutePath} as a JSON object. */
  public static List<JsonNode> jsonLines(String absolutePath) {
    try (InputStream in = Golden.class.getResourceAsStream(absolutePath)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + absolutePath);
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
}
