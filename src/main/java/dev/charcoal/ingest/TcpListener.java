package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;

/**
 * A TCP listener on the shared {@link IngestLoops}: each accepted connection gets the protocol's
 * pipeline, is counted in {@link ListenerCounters#activeConnections()} while open, and is closed by
 * {@link #close()}.
 */
final class TcpListener implements Listener {
  private final String name;
  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final ChannelHandler pipeline;
  private final ListenerCounters counters;
  private final ChannelGroup connections;
  private volatile Channel server;

  /** {@code pipeline} is added to every connection, so it must be sharable (an initializer is). */
  TcpListener(
      String name,
      IngestLoops loops,
      String host,
      int port,
      ChannelHandler pipeline,
      ListenerCounters counters) {
    this.name = name;
    this.loops = loops;
    this.host = host;
    this.port = port;
    this.pipeline = pipeline;
    this.counters = counters;
    this.connections = new DefaultChannelGroup(name, GlobalEventExecutor.INSTANCE);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public synchronized InetSocketAddress start() throws ListenerException {
    if (server != null) {
      throw new IllegalStateException(name + " is already started");
    }
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(loops.acceptors(), loops.workers())
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    connections.add(ch);
                    counters.connectionOpened();
                    ch.closeFuture().addListener(closed -> counters.connectionClosed());
                    ch.pipeline().addLast(pipeline);
                  }
                });
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new ListenerException(name, host, port, bound.cause());
    }
    server = bound.channel();
    return (InetSocketAddress) server.localAddress();
  }

  @Override
  public void stopAccepting() {
    Channel s = server;
    if (s != null) {
      s.close().syncUninterruptibly();
    }
  }

  @Override
  public void close() {
    stopAccepting();
    connections.close().awaitUninterruptibly();
  }
}
