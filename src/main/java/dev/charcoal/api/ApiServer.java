package dev.charcoal.api;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The graphite-web compatible HTTP server: Netty's HTTP/1.1 codec with keep-alive on its own event
 * loops, requests answered by an {@link ApiRouter} on a bounded pool of worker threads, so a slow
 * render never holds up the sockets or the other requests.
 */
public final class ApiServer implements AutoCloseable {
  /** Socket threads: they only decode and write; evaluation runs on the workers. */
  private static final int IO_THREADS = 2;

  /** Body pieces the codec hands the aggregator (it joins them up to the body limit). */
  private static final int CHUNK_BYTES = 64 * 1024;

  private final ApiRouter router;
  private final String host;
  private final int port;
  private final ApiLimits limits;
  private final ChannelGroup connections =
      new DefaultChannelGroup("http", GlobalEventExecutor.INSTANCE);
  private EventLoopGroup acceptor;
  private EventLoopGroup io;
  private ThreadPoolExecutor workers;
  private Channel server;

  public ApiServer(ApiRouter router, String host, int port, ApiLimits limits) {
    this.router = router;
    this.host = host;
    this.port = port;
    this.limits = limits;
  }

  /**
   * Binds (port 0 picks a free one) and returns the bound address.
   *
   * @throws IOException naming the address and the cause (port in use, …)
   */
  public synchronized InetSocketAddress start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("the HTTP server is already started");
    }
    acceptor =
        new MultiThreadIoEventLoopGroup(
            1, threads("charcoal-http-accept"), NioIoHandler.newFactory());
    io =
        new MultiThreadIoEventLoopGroup(
            IO_THREADS, threads("charcoal-http-io"), NioIoHandler.newFactory());
    workers =
        new ThreadPoolExecutor(
            limits.threads(),
            limits.threads(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(limits.queued()),
            threads("charcoal-http-worker"));
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(acceptor, io)
            .channel(NioServerSocketChannel.class)
            .childHandler(
                new ChannelInitializer<>() {
                  @Override
                  protected void initChannel(Channel ch) {
                    connections.add(ch);
                    ch.pipeline()
                        .addLast(
                            new HttpServerCodec(
                                ApiLimits.MAX_INITIAL_LINE_BYTES,
                                ApiLimits.MAX_HEADER_BYTES,
                                CHUNK_BYTES))
                        .addLast(new HttpObjectAggregator(ApiLimits.MAX_BODY_BYTES))
                        .addLast(new ApiHandler(router, workers, limits.deadline()));
                  }
                });
    ChannelFuture bound = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      Throwable cause = bound.cause();
      shutDown();
      String reason =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      throw new IOException(
          "cannot listen on " + host + ":" + port + ": " + reason.toLowerCase(), cause);
    }
    server = bound.channel();
    return (InetSocketAddress) server.localAddress();
  }

  /** Stops accepting connections; open ones finish what they asked. */
  public void stopAccepting() {
    Channel s = server;
    if (s != null) {
      s.close().syncUninterruptibly();
    }
  }

  /** Closes every connection, stops the workers and the loops. Idempotent. */
  @Override
  public synchronized void close() {
    stopAccepting();
    connections.close().awaitUninterruptibly();
    shutDown();
  }

  private void shutDown() {
    if (workers != null) {
      workers.shutdownNow();
    }
    if (acceptor != null) {
      acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
    if (io != null) {
      io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  private static ThreadFactory threads(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, prefix + "-" + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
