package dev.charcoal.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON-lines golden files made by real Graphite tools (see golden/make_golden.py). */
public final class Golden {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Golden() {}

  /** Each line of {@code src/test/resources/dev/charcoal/golden/<name>} as a JSON object. */
  public static List<JsonNode> lines(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/dev/charcoal/golden/" + name)) {
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
}
