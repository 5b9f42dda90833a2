package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;

/** A UDP listener on one worker of the shared {@link IngestLoops}. */
final class UdpListener implements Listener {
  /**
   * Read buffer per datagram: the largest UDP payload fits, so no datagram is cut (Netty's default
   * for datagrams is 2048 bytes).
   */
  static final int MAX_DATAGRAM_SIZE = 65_536;

  /** Socket receive buffer asked for, to ride out bursts; the kernel may grant less. */
  private static final int RECEIVE_BUFFER = 4 << 20;

  private final String name;
  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final ChannelHandler pipeline;
  private volatile Channel channel;

  UdpListener(String name, IngestLoops loops, String host, int port, ChannelHandler pipeline) {
    this.name = name;
    this.loops = loops;
    this.host = host;
    this.port = port;
    this.pipeline = pipeline;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized InetSocketAddress start() throws ListenerException {
    if (channel != null) {
      throw new IllegalStateException(name + " is already started");
    }
    Bootstrap bootstrap =
        new Bootstrap()
            .group(loops.workers())
            .channel(NioDatagramChannel.class)
            .option(
                ChannelOption.RCVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(MAX_DATAGRAM_SIZE))
            .option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER)
            .handler(pipeline);
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new ListenerException(name, host, port, bound.cause());
    }
    channel = bound.channel();
    return (InetSocketAddress) channel.localAddress();
  }

  /** A datagram socket has no connections to let finish: this closes it. */
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
