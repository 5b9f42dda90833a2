package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;

/**
 * {@code statsd-udp}: statsd datagrams on one socket, read by one event loop. Every datagram is
 * read whole (up to UDP's 65,507-byte maximum), and the socket asks for a large receive buffer so
 * that bursts wait in the kernel instead of being dropped; Linux caps it at {@code
 * net.core.rmem_max}, which {@link #receiveBufferSize()} reveals.
 */
public final class StatsdUdpListener implements Listener {
  public static final String NAME = "statsd-udp";

  /** The largest UDP payload, so no datagram is ever cut short. */
  static final int MAX_DATAGRAM = 65_535;

  /**
   * 32 MiB: about 0.5 s of 1 M metrics/s, enough to ride out a GC pause or a busy CPU. Linux grants
   * at most {@code net.core.rmem_max} (often 4 MiB; raise it with {@code sysctl -w
   * net.core.rmem_max=33554432}).
   */
  static final int RECEIVE_BUFFER_BYTES = 32 << 20;

  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final StatsdAggregator aggregator;
  private volatile Channel channel;

  public StatsdUdpListener(IngestLoops loops, String host, int port, StatsdAggregator aggregator) {
    this.loops = loops;
    this.host = host;
    this.port = port;
    this.aggregator = aggregator;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public InetSocketAddress start() throws ListenerException {
    Bootstrap bootstrap =
        new Bootstrap()
            .group(loops.workers())
            .channel(NioDatagramChannel.class)
            .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER_BYTES)
            .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM))
            .handler(new StatsdDatagramHandler(aggregator));
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new ListenerException(NAME, host, port, bound.cause());
    }
    channel = bound.channel();
    return (InetSocketAddress) channel.localAddress();
  }

  /** The receive buffer the kernel granted, in bytes (0 before start). */
  public int receiveBufferSize() {
    Channel c = channel;
    return c == null ? 0 : ((DatagramChannel) c).config().getReceiveBufferSize();
  }

  /** A datagram socket has nothing to finish: stopping is closing. */
  @Override
  public void stopAccepting() {
    close();
  }

  @Override
  public void close() {
    Channel c = channel;
    if (c != null) {
      c.close().syncUninterruptibly();
    }
  }
}
