package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.MetricSink;
import dev.charcoal.model.PointBatch;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.lang.System.Logger.Level;

/**
 * The last handler of every carbon pipeline: hands each decoded {@link PointBatch} to the {@link
 * MetricSink} (which copies it; the decoder reuses it afterwards) and counts the points.
 *
 * <p>On a stream it applies back-pressure: when the sink says it is overloaded after a batch, the
 * channel stops reading (TCP then slows the sender down) until the sink calls back, and reading
 * resumes on the channel's own event loop. A datagram channel cannot push back, so it never pauses.
 */
final class SinkHandler extends ChannelInboundHandlerAdapter {
  private static final System.Logger LOG = System.getLogger(SinkHandler.class.getName());

  private final MetricSink sink;
  private final ListenerCounters counters;
  private final boolean pushBack;

  /** Reading is paused until the sink is relieved. Only touched on the channel's event loop. */
  private boolean paused;

  SinkHandler(MetricSink sink, ListenerCounters counters, boolean pushBack) {
    this.sink = sink;
    this.counters = counters;
    this.pushBack = pushBack;
  }

  /**
   * How a decoder hands on its batch: to the next handler (this one, which copies it into the sink
   * before returning), then emptied for reuse. Nothing if it is empty.
   */
  static void passOn(ChannelHandlerContext ctx, PointBatch batch) {
    if (batch.isEmpty()) {
      return;
    }
    try {
      ctx.fireChannelRead(batch);
    } finally {
      batch.clear();
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof PointBatch batch)) {
      ctx.fireChannelRead(msg);
      return;
    }
    sink.accept(batch);
    counters.received(batch.size());
    if (pushBack && !paused && sink.overloaded()) {
      pause(ctx.channel());
    }
  }

  private void pause(Channel channel) {
    paused = true;
    channel.config().setAutoRead(false);
    sink.whenRelieved(
        () ->
            channel
                .eventLoop()
                .execute(
                    () -> {
                      paused = false;
                      channel.config().setAutoRead(true);
                    }));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (!(cause instanceof IOException)) {
      // A reset connection is the sender's business; anything else is a bug worth seeing.
      LOG.log(Level.WARNING, "closing " + ctx.channel() + " after an unexpected error", cause);
    }
    ctx.close();
  }
}
