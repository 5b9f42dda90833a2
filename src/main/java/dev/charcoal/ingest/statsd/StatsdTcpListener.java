package dev.charcoal.ingest.statsd;

import dev.charcoal.ingest.IngestLoops;
import dev.charcoal.ingest.Listener;
import dev.charcoal.ingest.ListenerException;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.net.InetSocketAddress;

/**
 * {@code statsd-tcp}: statsd lines over TCP, newline-terminated ({@link StatsdStreamDecoder}). No
 * back-pressure is needed: lines go into the aggregator, whose size depends on the keys, not on how
 * fast they come.
 */
public final class StatsdTcpListener implements Listener {
  public static final String NAME = "statsd-tcp";

  private final IngestLoops loops;
  private final String host;
  private final int port;
  private final StatsdAggregator aggregator;
  private final ChannelGroup connections = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);
  private volatile Channel server;

  public StatsdTcpListener(IngestLoops loops, String host, int port, StatsdAggregator aggregator) {
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
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(loops.acceptors(), loops.workers())
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    connections.add(ch);
                    ch.pipeline().addLast(new StatsdStreamDecoder(aggregator));
                  }
                });
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new ListenerException(NAME, host, port, bound.cause());
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
    connections.close().syncUninterruptibly();
  }
}
