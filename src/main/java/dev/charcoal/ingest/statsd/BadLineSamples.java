package dev.charcoal.ingest.statsd;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The first refused line of each reason since the last flush, so the flush can log one clear
 * example per reason instead of one message per bad line (which a flood would turn into a flood of
 * log lines).
 */
final class BadLineSamples {
  /** Enough of a line to recognise it; a hostile line may be 64 KiB. */
  static final int MAX_SAMPLE_CHARS = 200;

  private final AtomicReferenceArray<String> samples =
      new AtomicReferenceArray<>(BadLine.values().length);

  boolean wants(BadLine reason) {
    return samples.get(reason.ordinal()) == null;
  }

  void offer(BadLine reason, String detail) {
    if (wants(reason)) {
      samples.compareAndSet(reason.ordinal(), null, printable(detail));
    }
  }

  /** The samples so far, emptied. */
  Map<BadLine, String> take() {
    Map<BadLine, String> out = new EnumMap<>(BadLine.class);
    for (BadLine reason : BadLine.values()) {
      String sample = samples.getAndSet(reason.ordinal(), null);
      if (sample != null) {
        out.put(reason, sample);
      }
    }
    return out;
  }

  /** Control characters escaped, cut to {@link #MAX_SAMPLE_CHARS}. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_SAMPLE_CHARS; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (out.length() >= MAX_SAMPLE_CHARS) {
      out.append('…');
    }
    return out.toString();
  }
}
