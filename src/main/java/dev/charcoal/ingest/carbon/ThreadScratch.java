package dev.charcoal.ingest.carbon;

import io.netty.util.concurrent.FastThreadLocal;

/**
 * One growable byte array per event-loop thread, where decoders copy what they read so they can
 * parse a plain array. A decoder uses it only inside one {@code channelRead} and keeps nothing in
 * it across calls, so all connections served by a thread can share it and memory stays per thread,
 * not per connection.
 */
final class ThreadScratch {
  private static final int INITIAL_SIZE = 1 << 16;

  private static final FastThreadLocal<byte[]> BUFFER =
      new FastThreadLocal<>() {
        @Override
        protected byte[] initialValue() {
          return new byte[INITIAL_SIZE];
        }
      };

  private ThreadScratch() {}

  /** This thread's array, at least {@code size} bytes long. */
  static byte[] get(int size) {
    byte[] buffer = BUFFER.get();
    if (buffer.length < size) {
      buffer = new byte[Math.max(size, buffer.length * 2)];
      BUFFER.set(buffer);
    }
    return buffer;
  }
}
