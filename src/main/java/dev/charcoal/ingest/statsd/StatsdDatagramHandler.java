package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.UdpListener;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/**
 * Hands each datagram to the aggregator as one statsd packet. One instance per channel, so the copy
 * buffer is only touched by the channel's event loop.
 */
final class StatsdDatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {
  private final StatsdAggregator aggregator;
  private final byte[] buffer = new byte[UdpListener.MAX_DATAGRAM_SIZE];

  StatsdDatagramHandler(StatsdAggregator aggregator) {
    this.aggregator = aggregator;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
    ByteBuf content = packet.content();
    int length = content.readableBytes();
    if (content.hasArray()) {
      aggregator.ingest(content.array(), content.arrayOffset() + content.readerIndex(), length);
    } else {
      content.getBytes(content.readerIndex(), buffer, 0, length);
      aggregator.ingest(buffer, 0, length);
    }
  }
}
