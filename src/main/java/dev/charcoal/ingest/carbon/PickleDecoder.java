package dev.charcoal.ingest.carbon;

import dev.charcoal.model.PointBatch;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Arrays;
import java.util.List;

/**
 * Unpickles the frames of {@link PickleFrameDecoder} with a {@link SafeUnpickler} and gathers their
 * points into one {@link PointBatch}, passed on at the end of each read (or sooner once large) and
 * reused once the next handler returns.
 *
 * <p>As carbon does, a frame that does not unpickle, or is not a list or tuple, is counted and
 * skipped, and so is each element that is not {@code (path, (timestamp, value))}; the connection
 * stays open. Unlike carbon, which only logs it, an unsafe pickle also closes the connection: a
 * sender of one is not a metrics client.
 */
final class PickleDecoder extends ChannelInboundHandlerAdapter {
  /** Frames are up to 500 points from carbon's relay; deliver well before a batch gets large. */
  static final int DELIVER_AT_POINTS = 8192;

  private static final int INITIAL_BATCH_CAPACITY = 1024;

  private final CarbonPoints points;
  private final ListenerCounters counters;
  private final PointBatch batch = new PointBatch(INITIAL_BATCH_CAPACITY);

  /** Set once an unsafe pickle closed the connection: later frames in the same read are dropped. */
  private boolean refused;

  PickleDecoder(CarbonPoints points, ListenerCounters counters) {
    this.points = points;
    this.counters = counters;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf frame)) {
      ctx.fireChannelRead(msg);
      return;
    }
    try {
      if (!refused) {
        decode(ctx, frame);
      }
    } finally {
      frame.release();
    }
    if (batch.size() >= DELIVER_AT_POINTS) {
      SinkHandler.passOn(ctx, batch);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    SinkHandler.passOn(ctx, batch);
    ctx.fireChannelReadComplete();
  }

  /** The connection may close in the middle of a read (unsafe pickle, frame too large). */
  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    SinkHandler.passOn(ctx, batch);
    ctx.fireChannelInactive();
  }

  private void decode(ChannelHandlerContext ctx, ByteBuf frame) {
    int n = frame.readableBytes();
    byte[] bytes = ThreadScratch.get(n);
    frame.getBytes(frame.readerIndex(), bytes, 0, n);
    Object top;
    try {
      top = new SafeUnpickler(bytes, n).load();
    } catch (PickleRejected e) {
      reject(ctx, e.reason(), e.getMessage());
      if (e.reason() == RejectReason.UNSAFE_PICKLE) {
        refused = true;
        ctx.close(); // the points of earlier frames still go out, in channelInactive
      }
      return;
    }
    List<?> elements;
    if (top instanceof List<?> list) {
      elements = list;
    } else if (top instanceof Object[] tuple) {
      elements = Arrays.asList(tuple);
    } else {
      String type = top == null ? "None" : top.getClass().getSimpleName();
      reject(ctx, RejectReason.MALFORMED_PICKLE, "a " + type + ", not a list of points");
      return;
    }
    for (int i = 0; i < elements.size(); i++) {
      RejectReason reason = PickleElements.add(elements.get(i), batch, points);
      if (reason != null) {
        reject(ctx, reason, "element " + i + " of " + elements.size());
      }
    }
  }

  private void reject(ChannelHandlerContext ctx, RejectReason reason, String detail) {
    counters.reject(reason, ctx.channel().remoteAddress(), detail);
  }
}
