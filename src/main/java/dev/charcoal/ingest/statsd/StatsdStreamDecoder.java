package dev.charcoal.ingest.statsd;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.util.ByteProcessor;
import java.util.List;

/**
 * Frames a statsd TCP stream as etsy does: whatever has arrived up to its last newline is one
 * packet, the rest waits for more. Unlike etsy, a last line without a newline is still read when
 * the connection closes (etsy drops it silently), and a line that grows past {@link
 * #MAX_LINE_BYTES} without a newline is dropped up to its newline and counted ({@code
 * line-too-long}) instead of being buffered without end.
 */
final class StatsdStreamDecoder extends ByteToMessageDecoder {
  /** Far above any real metric line; bounds what one connection can make us buffer. */
  static final int MAX_LINE_BYTES = 64 * 1024;

  private final StatsdAggregator aggregator;
  private byte[] buffer = new byte[4096];

  /** Inside an overlong line: skip up to the next newline. */
  private boolean discarding;

  StatsdStreamDecoder(StatsdAggregator aggregator) {
    this.aggregator = aggregator;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (discarding) {
      int newline = in.forEachByte(ByteProcessor.FIND_LF);
      if (newline < 0) {
        in.skipBytes(in.readableBytes());
        return;
      }
      in.readerIndex(newline + 1);
      discarding = false;
    }
    int last = in.forEachByteDesc(ByteProcessor.FIND_LF);
    if (last >= 0) {
      ingest(in, last + 1 - in.readerIndex());
    }
    if (in.readableBytes() > MAX_LINE_BYTES) {
      aggregator.refuse(
          BadLine.LINE_TOO_LONG,
          "a TCP line of more than " + MAX_LINE_BYTES + " bytes without a newline");
      in.skipBytes(in.readableBytes());
      discarding = true;
    }
  }

  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    decode(ctx, in, out);
    if (!discarding && in.isReadable()) {
      ingest(in, in.readableBytes());
    }
  }

  private void ingest(ByteBuf in, int length) {
    if (buffer.length < length) {
      buffer = new byte[Math.max(length, buffer.length * 2)];
    }
    in.readBytes(buffer, 0, length);
    aggregator.ingest(buffer, 0, length);
  }
}
