package dev.charcoal.ingest.carbon;

import dev.charcoal.model.PointBatch;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Carbon's plaintext protocol over TCP: splits the stream on {@code \n} and parses each line into
 * one {@link PointBatch} per read, which it passes on as a message and reuses once the next handler
 * returns.
 *
 * <p>Where carbon drops the connection, this decoder refuses the line and carries on: a line over
 * {@link PlaintextParser#MAX_LINE_LENGTH} bytes is counted as {@code line-too-long} and skipped up
 * to the next newline, a line that is not UTF-8 is counted as {@code invalid-utf8}; the lines
 * before and after are kept. Bytes left after the last newline when the connection closes are
 * dropped, as carbon does (they may be a line cut short), and counted.
 */
final class PlaintextStreamDecoder extends ChannelInboundHandlerAdapter {
  /** Input is parsed this many bytes at a time, which bounds the scratch array and the batch. */
  static final int CHUNK_SIZE = 1 << 16;

  private static final int INITIAL_BATCH_CAPACITY = 1024;
  private static final byte[] NOTHING = new byte[0];
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long NEWLINES = 0x0a0a_0a0a_0a0a_0a0aL;
  private static final long LOW_BITS = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private final PlaintextParser parser;
  private final ListenerCounters counters;
  private final PointBatch batch = new PointBatch(INITIAL_BATCH_CAPACITY);

  /** The unfinished line at the end of the last read, at most MAX_LINE_LENGTH bytes. */
  private byte[] partial = NOTHING;

  private int partialLength;

  /** Inside a line already refused as too long: skip to its newline. */
  private boolean discarding;

  PlaintextStreamDecoder(PlaintextParser parser, ListenerCounters counters) {
    this.parser = parser;
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf in)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      while (in.isReadable()) {
        int n = Math.min(in.readableBytes(), CHUNK_SIZE);
        byte[] b = ThreadScratch.get(partialLength + n);
        System.arraycopy(partial, 0, b, 0, partialLength);
        in.readBytes(b, partialLength, n);
        decode(ctx, b, partialLength + n);
        SinkHandler.passOn(ctx, batch);
      }
    } finally {
      in.release();
    }
  }

  /** Parses the complete lines of {@code b[0, end)}, whose first partialLength bytes are old. */
  private void decode(ChannelHandlerContext ctx, byte[] b, int end) {
    int lineStart = 0;
    int scanFrom = partialLength;
    if (discarding) {
      int newline = indexOfNewline(b, 0, end);
      if (newline < 0) {
        return;
      }
      discarding = false;
      lineStart = scanFrom = newline + 1;
    }
    for (int newline; (newline = indexOfNewline(b, scanFrom, end)) >= 0; ) {
      RejectReason reason =
          newline - lineStart > PlaintextParser.MAX_LINE_LENGTH
              ? RejectReason.LINE_TOO_LONG
              : parser.parse(b, lineStart, newline, batch);
      if (reason != null) {
        reject(ctx, reason, b, lineStart, newline);
      }
      lineStart = scanFrom = newline + 1;
    }
    int rest = end - lineStart;
    if (rest > PlaintextParser.MAX_LINE_LENGTH) {
      reject(ctx, RejectReason.LINE_TOO_LONG, b, lineStart, end);
      discarding = true;
      partialLength = 0;
      return;
    }
    if (partial.length < rest) {
      partial =
          new byte[Math.min(Math.max(rest, 2 * partial.length), PlaintextParser.MAX_LINE_LENGTH)];
    }
    System.arraycopy(b, lineStart, partial, 0, rest);
    partialLength = rest;
  }

  /** The first {@code \n} in {@code b[from, to)}, or -1; eight bytes per step where it can. */
  private static int indexOfNewline(byte[] b, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long x = (long) LONGS.get(b, i) ^ NEWLINES;
      long found = (x - LOW_BITS) & ~x & HIGH_BITS; // a high bit where a byte of x is 0
      if (found != 0) {
        return i + Long.numberOfTrailingZeros(found) / Byte.SIZE;
      }
    }
    for (; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void reject(ChannelHandlerContext ctx, RejectReason reason, byte[] b, int from, int to) {
    counters.reject(reason, ctx.channel().remoteAddress(), ListenerCounters.sample(b, from, to));
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    for (int i = 0; i < partialLength; i++) {
      if (!PythonText.isAsciiWhitespace(partial[i])) {
        reject(ctx, RejectReason.UNTERMINATED_LINE, partial, 0, partialLength);
        break;
      }
    }
    partialLength = 0;
    super.channelInactive(ctx);
  }
}
