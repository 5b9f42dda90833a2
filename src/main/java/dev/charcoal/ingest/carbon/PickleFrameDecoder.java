package dev.charcoal.ingest.carbon;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;

/**
 * Cuts carbon's pickle stream into frames: a 4-byte big-endian length, then that many bytes. A
 * length over {@link #MAX_FRAME_LENGTH} is counted and closes the connection, as carbon does,
 * before any of that frame is buffered.
 */
final class PickleFrameDecoder extends ByteToMessageDecoder {
  /** carbon's {@code PICKLE_RECEIVER_MAX_LENGTH}: 1 MiB. */
  static final int MAX_FRAME_LENGTH = 1 << 20;

  private static final int LENGTH_FIELD = Integer.BYTES;

  private final ListenerCounters counters;

  PickleFrameDecoder(ListenerCounters counters) {
    this.counters = counters;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (in.readableBytes() < LENGTH_FIELD) {
      return;
    }
    long length = in.getUnsignedInt(in.readerIndex());
    if (length > MAX_FRAME_LENGTH) {
      in.skipBytes(in.readableBytes());
      counters.reject(
          RejectReason.FRAME_TOO_LARGE,
          ctx.channel().remoteAddress(),
          "frame of " + length + " bytes, limit " + MAX_FRAME_LENGTH);
      ctx.close();
      return;
    }
    if (in.readableBytes() - LENGTH_FIELD < length) {
      return;
    }
    in.skipBytes(LENGTH_FIELD);
    out.add(in.readRetainedSlice((int) length));
  }

  @Override
  protected void decodeLast(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    decode(ctx, in, out);
    if (in.isReadable()) {
      counters.reject(
          RejectReason.TRUNCATED_FRAME,
          ctx.channel().remoteAddress(),
          in.readableBytes() + " bytes of an unfinished frame");
      in.skipBytes(in.readableBytes());
    }
  }
}
