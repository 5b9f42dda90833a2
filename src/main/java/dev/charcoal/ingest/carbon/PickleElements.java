package dev.charcoal.ingest.carbon;

import dev.charcoal.model.PointBatch;
import java.math.BigInteger;
import java.util.List;

/**
 * One element of a carbon pickle, {@code (path, (timestamp, value))}, read as carbon's {@code
 * MetricPickleReceiver} reads it: {@code (metric, (a, b)) = element} (so lists do as well as
 * tuples, and a two-character string or two-byte bytes as the inner pair), then {@code float(a),
 * float(b)}; a bytes name is decoded as UTF-8.
 */
final class PickleElements {
  private PickleElements() {}

  /** Adds the element's point to {@code batch}; null if added, else why not. */
  static RejectReason add(Object element, PointBatch batch, CarbonPoints points) {
    Object[] pair = pair(element);
    Object[] point = pair == null ? null : innerPair(pair[1]);
    if (point == null) {
      return RejectReason.BAD_ELEMENT;
    }
    double timestamp = toDouble(point[0]);
    if (PythonFloat.isInvalid(timestamp)) {
      return RejectReason.BAD_TIMESTAMP;
    }
    double value = toDouble(point[1]);
    if (PythonFloat.isInvalid(value)) {
      return RejectReason.BAD_VALUE;
    }
    String name;
    if (pair[0] instanceof String text) {
      name = text;
    } else if (pair[0] instanceof byte[] bytes) {
      name = PythonText.decodeUtf8(bytes, 0, bytes.length);
      if (name == null) {
        return RejectReason.INVALID_UTF8;
      }
    } else {
      return RejectReason.BAD_NAME;
    }
    return points.add(batch, CarbonPoints.normalize(name), timestamp, value);
  }

  /** A tuple or list of two, else null. */
  private static Object[] pair(Object o) {
    if (o instanceof Object[] tuple && tuple.length == 2) {
      return tuple;
    }
    if (o instanceof List<?> list && list.size() == 2) {
      return list.toArray();
    }
    return null;
  }

  /** What Python unpacks into two: also a str of two characters, a bytes of two bytes. */
  private static Object[] innerPair(Object o) {
    if (o instanceof String text && text.codePointCount(0, text.length()) == 2) {
      int split = text.offsetByCodePoints(0, 1);
      return new Object[] {text.substring(0, split), text.substring(split)};
    }
    if (o instanceof byte[] bytes && bytes.length == 2) {
      return new Object[] {bytes[0] & 0xff, bytes[1] & 0xff};
    }
    return pair(o);
  }

  /** Python's {@code float(o)}, or {@link PythonFloat#INVALID} where it raises. */
  private static double toDouble(Object o) {
    if (o instanceof Double d) {
      return d;
    }
    if (o instanceof Integer || o instanceof Long) {
      return ((Number) o).longValue();
    }
    if (o instanceof BigInteger big) {
      double d = big.doubleValue();
      return Double.isInfinite(d) ? PythonFloat.INVALID : d; // Python: OverflowError
    }
    if (o instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (o instanceof String text) {
      try {
        return PythonFloat.parse(text);
      } catch (NumberFormatException e) {
        return PythonFloat.INVALID;
      }
    }
    if (o instanceof byte[] bytes) {
      return PythonFloat.parseBytes(bytes);
    }
    return PythonFloat.INVALID;
  }
}
