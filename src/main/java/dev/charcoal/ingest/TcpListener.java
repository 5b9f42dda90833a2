package dev.charcoal.ingest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.util.function.Consumer;

/**
 * A TCP listener on the shared {@link IngestLoops}, for any line or frame protocol: each accepted
 * connection is handed to the protocol's {@code setUp} (which builds its pipeline) and is closed by
 * {@link #close()}.
 */
public final class TcpListener implements Listener {
  private final String name;
  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final Consumer<Channel> setUp;
  private final ChannelGroup connections;
  private volatile Channel server;

  public TcpListener(
      String name, IngestLoops loops, String host, int port, Consumer<Channel> setUp) {
    this.name = name;
    this.loops = loops;
    this.host = host;
    this.port = port;
    this.setUp = setUp;
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
                    setUp.accept(ch);
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
