package dev.charcoal.ingest;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Netty event loops shared by every listener of one process: one group accepts connections, the
 * other reads sockets and decodes. Threads are daemons named {@code charcoal-ingest-N} so a thread
 * dump says who they are.
 */
public final class IngestLoops implements AutoCloseable {
  private final EventLoopGroup acceptors;
  private final EventLoopGroup workers;

  /** {@code workerThreads} 0 means Netty's default (two per core). */
  public IngestLoops(int workerThreads) {
    acceptors =
        new MultiThreadIoEventLoopGroup(1, threads("charcoal-accept"), NioIoHandler.newFactory());
    workers =
        new MultiThreadIoEventLoopGroup(
            workerThreads, threads("charcoal-ingest"), NioIoHandler.newFactory());
  }

  public EventLoopGroup acceptors() {
    return acceptors;
  }

  public EventLoopGroup workers() {
    return workers;
  }

  @Override
  public void close() {
    acceptors.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
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
