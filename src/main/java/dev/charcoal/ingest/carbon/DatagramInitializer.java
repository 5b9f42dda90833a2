package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.MetricSink;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import java.time.InstantSource;

/**
 * The pipeline of the carbon plaintext UDP socket: {@link PlaintextDatagramDecoder}, then {@link
 * SinkHandler} (a datagram socket cannot push back).
 */
public final class DatagramInitializer extends ChannelInitializer<Channel> {
  private final MetricSink sink;
  private final CarbonPoints points;
  private final ListenerCounters counters;

  public DatagramInitializer(MetricSink sink, InstantSource clock, ListenerCounters counters) {
    this.sink = sink;
    this.points = new CarbonPoints(clock);
    this.counters = counters;
  }

  @Override
  protected void initChannel(Channel ch) {
    PlaintextParser parser = new PlaintextParser(points);
    ch.pipeline()
        .addLast("decoder", new PlaintextDatagramDecoder(parser, counters))
        .addLast("sink", new SinkHandler(sink, counters, false));
  }
}
