package dev.charcoal.ingest;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.net.InetSocketAddress;

/**
 * A UDP listener on one worker of the shared {@link IngestLoops}. Every datagram is read whole, and
 * the socket asks for a receive buffer large enough for bursts to wait in the kernel instead of
 * being dropped; Linux grants at most {@code net.core.rmem_max}, which {@link #receiveBufferSize()}
 * reveals.
 */
public final class UdpListener implements Listener {
  /**
   * Read buffer per datagram: the largest UDP payload fits, so no datagram is cut (Netty's default
   * for datagrams is 2048 bytes).
   */
  public static final int MAX_DATAGRAM_SIZE = 65_536;

  private final String name;
  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final int receiveBufferBytes;
  private final ChannelHandler handler;
  private volatile Channel channel;

  /** {@code handler} reads the datagrams; {@code receiveBufferBytes} is asked of the kernel. */
  public UdpListener(
      String name,
      IngestLoops loops,
      String host,
      int port,
      int receiveBufferBytes,
      ChannelHandler handler) {
    this.name = name;
    this.loops = loops;
    this.host = host;
    this.port = port;
    this.receiveBufferBytes = receiveBufferBytes;
    this.handler = handler;
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
            .option(ChannelOption.SO_RCVBUF, receiveBufferBytes)
            .handler(handler);
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new ListenerException(name, host, port, bound.cause());
    }
    channel = bound.channel();
    return (InetSocketAddress) channel.localAddress();
  }

  /** The receive buffer the kernel granted, in bytes (0 before start). */
  public int receiveBufferSize() {
    Channel c = channel;
    return c == null ? 0 : ((DatagramChannel) c).config().getReceiveBufferSize();
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
