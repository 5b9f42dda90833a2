package dev.charcoal.ingest.carbon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.charcoal.testing.Golden;
import java.util.Base64;
import java.util.List;

/**
 * The golden files that make_carbon_golden.py (next to them in test resources) wrote by running
 * Debian's carbon 1.1.7 and Python 3.11.
 */
final class CarbonGolden {
  /** The time carbon's {@code time.time()} returned while the golden files were made. */
  static final double NOW = 1700000000.75;

  private CarbonGolden() {}

  /** Each line of a golden file next to this class in the test resources. */
  static List<JsonNode> lines(String name) {
    return Golden.jsonLines("/dev/charcoal/ingest/carbon/" + name);
  }

  static byte[] bytes(JsonNode base64) {
    return Base64.getDecoder().decode(base64.asText());
  }

  /** A double written as the hex digits of its IEEE bits. */
  static double number(JsonNode hexBits) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(hexBits.asText(), 16));
  }
}
