package dev.charcoal.model;

import java.util.Locale;
import java.util.Optional;

/**
 * How a coarser archive summarises the finer points beneath it, with Whisper 1.1's type ids (which
 * go-whisper numbers differently from 6 on; we follow Python whisper because its files are the ones
 * users bring).
 */
public enum AggregationMethod {
  AVERAGE(1),
  SUM(2),
  LAST(3),
  MAX(4),
  MIN(5),
  /** Missing points count as zero: the sum is divided by the whole window. */
  AVG_ZERO(6),
  /** The value with the largest magnitude, sign kept. */
  ABSMAX(7),
  /** The value with the smallest magnitude, sign kept. */
  ABSMIN(8);

  private final int typeId;

  AggregationMethod(int typeId) {
    this.typeId = typeId;
  }

  /** The uint32 stored at offset 0 of a whisper file. */
  public int typeId() {
    return typeId;
  }

  /** The name whisper and carbon use in files and configs: {@code average}, {@code avg_zero}… */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<AggregationMethod> fromTypeId(long typeId) {
    for (AggregationMethod m : values()) {
      if (m.typeId == typeId) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  public static Optional<AggregationMethod> fromConfigName(String name) {
    for (AggregationMethod m : values()) {
      if (m.configName().equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * Aggregates one window exactly as whisper's {@code aggregate()} does.
   *
   * @param known the window's known values in time order, in {@code known[0..knownCount)}
   * @param knownCount how many values are known (at least one)
   * @param windowSize how many slots the window has, known or not (used by avg_zero)
   */
  public double aggregate(double[] known, int knownCount, int windowSize) {
    switch (this) {
      case AVERAGE:
        return sum(known, knownCount) / knownCount;
      case SUM:
        return sum(known, knownCount);
      case LAST:
        return known[knownCount - 1];
      case MAX:
        {
          // Python's max(): the first element unless a later one is strictly greater.
          double best = known[0];
          for (int i = 1; i < knownCount; i++) {
            if (known[i] > best) {
              best = known[i];
            }
          }
          return best;
        }
      case MIN:
        {
          double best = known[0];
          for (int i = 1; i < knownCount; i++) {
            if (known[i] < best) {
              best = known[i];
            }
          }
          return best;
        }
      case AVG_ZERO:
        return sum(known, knownCount) / windowSize;
      case ABSMAX:
        {
          double best = known[0];
          for (int i = 1; i < knownCount; i++) {
            if (Math.abs(known[i]) > Math.abs(best)) {
              best = known[i];
            }
          }
          return best;
        }
      case ABSMIN:
        {
          double best = known[0];
          for (int i = 1; i < knownCount; i++) {
            if (Math.abs(known[i]) < Math.abs(best)) {
              best = known[i];
            }
          }
          return best;
        }
      default:
        throw new AssertionError(this);
    }
  }

  /** Left-to-right double addition, as CPython 3.11's {@code sum()} over floats. */
  private static double sum(double[] values, int count) {
    double s = 0;
    for (int i = 0; i < count; i++) {
      s += values[i];
    }
    return s;
  }
}
