package dev.charcoal.ingest.statsd;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** A fast hash of byte ranges, eight bytes at a time, for the raw-key cache and set members. */
final class Bytes {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Bytes() {}

  static int hash(byte[] b, int from, int to) {
    return finish(mix(b, from, to, 0x9E3779B97F4A7C15L));
  }

  /** Mixes {@code b[from, to)} into {@code h}; {@link #finish} makes the result an int. */
  static long mix(byte[] b, int from, int to, long h) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      h = Long.rotateLeft((h ^ (long) LONGS.get(b, i)) * 0x9E3779B97F4A7C15L, 31);
    }
    for (; i < to; i++) {
      h = (h ^ b[i]) * 0x100000001B3L;
    }
    return h ^ (to - from);
  }

  static int finish(long h) {
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }
}
