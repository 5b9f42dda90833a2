package dev.charcoal.ingest.carbon;

import dev.charcoal.ingest.MetricSink;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import java.time.InstantSource;

/**
 * The pipeline of one carbon pickle connection: {@link PickleFrameDecoder}, {@link PickleDecoder},
 * then {@link SinkHandler} with back-pressure.
 */
public final class PickleInitializer extends ChannelInitializer<Channel> {
  private final MetricSink sink;
  private final CarbonPoints points;
  private final ListenerCounters counters;

  public PickleInitializer(MetricSink sink, InstantSource clock, ListenerCounters counters) {
    this.sink = sink;
    this.points = new CarbonPoints(clock);
    this.counters = counters;
  }

  @Override
  protected void initChannel(Channel ch) {
    ch.pipeline()
        .addLast("frames", new PickleFrameDecoder(counters))
        .addLast("decoder", new PickleDecoder(points, counters))
        .addLast("sink", new SinkHandler(sink, counters, true));
  }
}
