package dev.charcoal.ingest.carbon;

import dev.charcoal.model.MetricName;
import dev.charcoal.model.PointBatch;
import java.time.InstantSource;

/**
 * What carbon's {@code MetricReceiver.metricReceived} and its cache do to every parsed point, for
 * all three protocols: NaN values are dropped, a timestamp whose {@code int()} is -1 means now,
 * timestamps become whole seconds (truncated toward zero, as {@code int()} does), and tagged names
 * are normalised (tags sorted) by {@link MetricName}.
 */
final class CarbonPoints {
  /** Timestamps must fit a long once truncated; 2^63 itself does not. */
  private static final double TIMESTAMP_LIMIT = 0x1p63;

  private final InstantSource clock;

  CarbonPoints(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * Adds the point to {@code batch}, or says why not.
   *
   * @param name the normalised name ({@link #normalize}), null if it was refused
   * @return null if added
   */
  RejectReason add(PointBatch batch, String name, double timestamp, double value) {
    if (Double.isNaN(value)) {
      return RejectReason.NAN_VALUE;
    }
    // Carbon accepts infinite, NaN and huge timestamps here and then fails on them later (a
    // dropped connection, a failed whisper batch), so we refuse them where they come in.
    if (!(Math.abs(timestamp) < TIMESTAMP_LIMIT)) {
      return RejectReason.BAD_TIMESTAMP;
    }
    if (name == null) {
      return RejectReason.BAD_NAME;
    }
    long seconds = (long) timestamp;
    if (seconds == -1) {
      seconds = clock.instant().getEpochSecond();
    }
    batch.add(name, seconds, value);
    return null;
  }

  /** The name as carbon stores it (tags sorted), or null if carbon's tag rules refuse it. */
  static String normalize(String raw) {
    // MetricName keeps a name without ';' and '{' exactly as given (it is not tagged); saying so
    // here spares a MetricName per point, which would cost more than all the parsing.
    if (!raw.isEmpty() && raw.indexOf(';') < 0 && raw.indexOf('{') < 0) {
      return raw;
    }
    try {
      return MetricName.parse(raw).normalized();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
