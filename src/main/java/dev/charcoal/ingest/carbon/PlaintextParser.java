package dev.charcoal.ingest.carbon;

import dev.charcoal.model.PointBatch;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Carbon's plaintext line, {@code path value timestamp}, as {@code MetricLineReceiver} reads it:
 * {@code line.strip().split()} must give exactly three fields, the value and timestamp go through
 * Python's {@code float()}, then {@link CarbonPoints} applies carbon's rules.
 *
 * <p>A line of ASCII bytes (nearly every line) is split and parsed in place; a line with other
 * bytes is decoded as UTF-8 first and split on Unicode whitespace, as Python does. Not thread-safe:
 * one per connection or datagram channel.
 */
final class PlaintextParser {
  /**
   * Twisted's {@code LineOnlyReceiver.MAX_LENGTH}: longer lines (without the newline, with any
   * {@code \r}) are refused.
   */
  static final int MAX_LINE_LENGTH = 16384;

  private static final int FIELDS = 3;
  private static final boolean[] ASCII_WHITESPACE = new boolean[256];

  static {
    for (int c = 0; c < 0x80; c++) {
      ASCII_WHITESPACE[c] = PythonText.isAsciiWhitespace(c);
    }
  }

  private final CarbonPoints points;
  private final int[] starts = new int[FIELDS];
  private final int[] ends = new int[FIELDS];

  PlaintextParser(CarbonPoints points) {
    this.points = points;
  }

  /**
   * Parses the line {@code [from, to)} (without its newline) into {@code batch}.
   *
   * @return null if a point was added, else why not
   */
  RejectReason parse(byte[] b, int from, int to, PointBatch batch) {
    int fields = 0;
    int seen = 0; // every byte OR-ed together: bit 7 set means not ASCII
    int i = from;
    while (true) {
      while (i < to && ASCII_WHITESPACE[b[i] & 0xff]) {
        i++;
      }
      if (i == to) {
        break;
      }
      int start = i;
      while (i < to && !ASCII_WHITESPACE[b[i] & 0xff]) {
        seen |= b[i];
        i++;
      }
      if (fields < FIELDS) {
        starts[fields] = start;
        ends[fields] = i;
      }
      fields++;
    }
    if ((seen & 0x80) != 0) {
      String line = PythonText.decodeUtf8(b, from, to);
      return line == null ? RejectReason.INVALID_UTF8 : parse(line, batch);
    }
    RejectReason wrongCount = fieldCount(fields);
    if (wrongCount != null) {
      return wrongCount;
    }
    // Carbon converts the timestamp first: (float(timestamp), float(value)).
    double timestamp = PythonFloat.parseAscii(b, starts[2], ends[2]);
    if (PythonFloat.isInvalid(timestamp)) {
      return RejectReason.BAD_TIMESTAMP;
    }
    double value = PythonFloat.parseAscii(b, starts[1], ends[1]);
    if (PythonFloat.isInvalid(value)) {
      return RejectReason.BAD_VALUE;
    }
    // A cache of name Strings by their bytes was measured here and did not pay: allocating the
    // String is cheaper than the lookup, and a new name per line halved the throughput.
    String name = new String(b, starts[0], ends[0] - starts[0], StandardCharsets.ISO_8859_1);
    return points.add(batch, CarbonPoints.normalize(name), timestamp, value);
  }

  /** Parses one line of decoded text into {@code batch}; null if a point was added. */
  RejectReason parse(String line, PointBatch batch) {
    List<String> fields = PythonText.split(line);
    RejectReason wrongCount = fieldCount(fields.size());
    if (wrongCount != null) {
      return wrongCount;
    }
    double timestamp;
    try {
      timestamp = PythonFloat.parse(fields.get(2));
    } catch (NumberFormatException e) {
      return RejectReason.BAD_TIMESTAMP;
    }
    double value;
    try {
      value = PythonFloat.parse(fields.get(1));
    } catch (NumberFormatException e) {
      return RejectReason.BAD_VALUE;
    }
    return points.add(batch, CarbonPoints.normalize(fields.get(0)), timestamp, value);
  }

  private static RejectReason fieldCount(int fields) {
    if (fields == FIELDS) {
      return null;
    }
    if (fields == 0) {
      return RejectReason.EMPTY_LINE;
    }
    return fields < FIELDS ? RejectReason.TOO_FEW_FIELDS : RejectReason.TOO_MANY_FIELDS;
  }
}
