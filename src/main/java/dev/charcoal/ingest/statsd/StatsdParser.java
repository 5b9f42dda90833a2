package dev.charcoal.ingest.statsd;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads statsd packets as etsy statsd 0.9/0.10 does, straight from the bytes, and hands each value
 * to a {@link Target} without allocating: a packet is lines split on {@code \n}; a line is {@code
 * key:value|type[|@rate][:value|type…]} with optional DogStatsD tags {@code |#k:v,k2:v2}; every
 * value is checked on its own, so a bad value leaves the others of its line.
 *
 * <p>Where etsy's behaviour harms users this parser differs, each listed in docs/COMPATIBILITY.md:
 * a trailing {@code \r} is removed (CRLF senders); the type is trimmed before it is checked; a
 * sample rate is the whole number after {@code @} and must be in (0, 1]; {@code Infinity} and
 * overflowing values are refused; tags end at the next {@code |}, so a rate after the tags still
 * applies; {@code h} is a timer.
 *
 * <p>Not thread-safe: one parser per thread.
 */
final class StatsdParser {
  /** Receives what a packet holds. The arrays are the parser's and valid only during the call. */
  interface Target {
    void metric(ParsedMetric metric);

    /** One refused value; {@code [from, to)} of {@code line} is the whole line, for messages. */
    void badLine(BadLine reason, byte[] line, int from, int to);
  }

  private static final int INITIAL_SCRATCH = 512;
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
  private static final long COLONS = 0x3A3A3A3A3A3A3A3AL;
  private static final long BARS = 0x7C7C7C7C7C7C7C7CL;

  private final ParsedMetric metric = new ParsedMetric();

  /** Holds a line's metric text when tags sat in its middle ({@code k:1|c|#a:b|@0.5}). */
  private byte[] scratch = new byte[INITIAL_SCRATCH];

  private int scratchLength;

  /**
   * Parses one packet (a UDP datagram, or TCP text up to a newline).
   *
   * @return the number of non-empty lines, which etsy counts as {@code metrics_received}
   */
  int parse(byte[] b, int from, int to, Target target) {
    int lines = 0;
    int start = from;
    while (start < to) {
      // One pass finds the line's end, its first ':' and its first "|#"; the key before them is
      // skipped eight bytes at a time.
      int end = to;
      int colon = -1;
      int tagMark = -1;
      int i = start;
      while (i + Long.BYTES <= to && !hasSeparator((long) LONGS.get(b, i))) {
        i += Long.BYTES;
      }
      for (; i < to; i++) {
        byte c = b[i];
        if (c == '\n') {
          end = i;
          break;
        }
        if (c == ':') {
          if (colon < 0) {
            colon = i;
          }
        } else if (c == '|' && tagMark < 0 && i + 1 < to && b[i + 1] == '#') {
          tagMark = i;
        }
      }
      if (end > start) {
        lines++;
        parseLine(b, start, end, colon, tagMark, target);
      }
      start = end + 1;
    }
    return lines;
  }

  private void parseLine(
      byte[] b, int lineFrom, int lineTo, int colon, int tagMark, Target target) {
    int end = lineTo;
    if (b[end - 1] == '\r') {
      end--;
    }
    metric.tagBytes = null;
    byte[] text = b;
    int textFrom = lineFrom;
    int textTo = end;
    if (tagMark >= 0) {
      int tagFrom = tagMark + 2;
      int tagTo = indexOf(b, tagFrom, end, (byte) '|');
      if (tagTo < 0) {
        tagTo = end;
      }
      if (tagTo > tagFrom) {
        metric.tagBytes = b;
        metric.tagFrom = tagFrom;
        metric.tagTo = tagTo;
      }
      if (tagTo == end) {
        textTo = tagMark;
      } else {
        text = scratch = withoutTagSegments(b, lineFrom, tagMark, tagTo, end);
        textFrom = 0;
        textTo = scratchLength;
      }
      colon = indexOf(text, textFrom, textTo, (byte) ':');
    }
    if (colon < 0) {
      // etsy gives a line without ':' the value "1" with no type: one bad line.
      target.badLine(BadLine.MISSING_TYPE, b, lineFrom, lineTo);
      return;
    }
    metric.keyBytes = text;
    metric.keyFrom = textFrom;
    metric.keyTo = colon;
    int start = colon + 1;
    while (true) {
      int next = indexOf(text, start, textTo, (byte) ':');
      int chunkTo = next < 0 ? textTo : next;
      BadLine bad = parseValue(text, start, chunkTo);
      if (bad == null) {
        target.metric(metric);
      } else {
        target.badLine(bad, b, lineFrom, lineTo);
      }
      if (next < 0) {
        return;
      }
      start = next + 1;
    }
  }

  /**
   * The line without its {@code |#…} segments: {@code [from, tagMark)} then {@code [resume, to)}
   * with any further {@code |#…} segment (which etsy ignores too) left out. Sets {@link
   * #scratchLength}.
   */
  private byte[] withoutTagSegments(byte[] b, int from, int tagMark, int resume, int to) {
    byte[] out = scratch.length >= to - from ? scratch : new byte[to - from];
    int n = tagMark - from;
    System.arraycopy(b, from, out, 0, n);
    int i = resume;
    while (i < to) {
      int mark = indexOfTagMark(b, i, to);
      int copyTo = mark < 0 ? to : mark;
      System.arraycopy(b, i, out, n, copyTo - i);
      n += copyTo - i;
      if (mark < 0) {
        break;
      }
      int skipTo = indexOf(b, mark + 2, to, (byte) '|');
      i = skipTo < 0 ? to : skipTo;
    }
    scratchLength = n;
    return out;
  }

  /**
   * Fills {@link #metric} from one {@code value|type[|@rate]…} chunk, checking in etsy's order
   * (type present, rate, value); returns why it is refused, or null.
   */
  private BadLine parseValue(byte[] c, int from, int to) {
    int bar = indexOf(c, from, to, (byte) '|');
    if (bar < 0) {
      return BadLine.MISSING_TYPE;
    }
    int typeFrom = bar + 1;
    int typeTo = indexOf(c, typeFrom, to, (byte) '|');
    double inverseRate = 1;
    if (typeTo >= 0) {
      int rateTo = indexOf(c, typeTo + 1, to, (byte) '|');
      double rate = sampleRate(c, typeTo + 1, rateTo < 0 ? to : rateTo);
      if (!(rate > 0 && rate <= 1)) {
        return BadLine.BAD_SAMPLE_RATE;
      }
      inverseRate = 1 / rate;
    } else {
      typeTo = to;
    }
    while (typeFrom < typeTo && JsNumbers.isAsciiSpace(c[typeFrom])) {
      typeFrom++;
    }
    while (typeTo > typeFrom && JsNumbers.isAsciiSpace(c[typeTo - 1])) {
      typeTo--;
    }
    MetricType type = MetricType.of(c, typeFrom, typeTo);
    metric.type = type;
    metric.inverseRate = inverseRate;
    metric.valueBytes = c;
    metric.valueFrom = from;
    metric.valueTo = bar;
    metric.signed = bar > from && (c[from] == '+' || c[from] == '-');
    if (type == MetricType.SET) {
      return null;
    }
    if (bar == from) {
      return BadLine.BAD_VALUE;
    }
    double value = JsNumbers.parse(c, from, bar);
    if (Double.isNaN(value)) {
      return BadLine.BAD_VALUE;
    }
    if (Double.isInfinite(value)
        || (type == MetricType.COUNTER && Double.isInfinite(value * inverseRate))) {
      return BadLine.NON_FINITE_VALUE;
    }
    if (type == MetricType.TIMER && value < 0) {
      return BadLine.NEGATIVE_TIMER;
    }
    metric.value = value;
    return null;
  }

  /**
   * {@code @} and a number that does not start with {@code -} (etsy's check), read whole; NaN if
   * malformed. etsy reads only the leading {@code [0-9.]+}, so {@code @2e-1} is 2 there, and it
   * crashes on {@code @+0.5}.
   */
  private static double sampleRate(byte[] c, int from, int to) {
    if (to - from < 2 || c[from] != '@' || c[from + 1] == '-') {
      return Double.NaN;
    }
    return JsNumbers.parse(c, from + 1, to);
  }

  /** Whether any byte of {@code word} is {@code \n}, {@code :} or {@code |}. */
  private static boolean hasSeparator(long word) {
    return (zeroByte(word ^ NEWLINES) | zeroByte(word ^ COLONS) | zeroByte(word ^ BARS)) != 0;
  }

  /** Non-zero exactly when some byte of {@code x} is zero (the classic SWAR test). */
  private static long zeroByte(long x) {
    return (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
  }

  private static int indexOfTagMark(byte[] b, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      if (b[i] == '|' && b[i + 1] == '#') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }
}
