package dev.charcoal.ingest.carbon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The golden files that make_carbon_golden.py (next to them in test resources) wrote by running
 * Debian's carbon 1.1.7 and Python 3.11.
 */
final class CarbonGolden {
  /** The time carbon's {@code time.time()} returned while the golden files were made. */
  static final double NOW = 1700000000.75;

  private static final ObjectMapper JSON = new ObjectMapper();

  private CarbonGolden() {}

  static List<JsonNode> lines(String name) {
    try (InputStream in = CarbonGolden.class.getResourceAsStream(name)) {
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

  static byte[] bytes(JsonNode base64) {
    return Base64.getDecoder().decode(base64.asText());
  }

  /** A double written as the hex digits of its IEEE bits. */
  static double number(JsonNode hexBits) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits.asText(), 16));
  }
}
