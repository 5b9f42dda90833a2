package dev.charcoal.ingest.carbon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CarbonCountersTest {
  private final CarbonCounters counters = new CarbonCounters();

  @Test
  void snapshotSumsTheListenersAsCarbonReportsThem() {
    counters.tcp().received(5);
    counters.udp().received(2);
    counters.pickle().received(3);
    counters.tcp().connectionOpened();
    counters.pickle().connectionOpened();
    counters.tcp().reject(RejectReason.BAD_VALUE, null, "a x 1");
    counters.udp().reject(RejectReason.BAD_VALUE, null, "b y 2");
    counters.pickle().reject(RejectReason.UNSAFE_PICKLE, "/10.0.0.1:999", "refused opcode GLOBAL");

    CarbonCounters.Snapshot snapshot = counters.snapshot();

    assertThat(snapshot.metricsReceived()).isEqualTo(10);
    assertThat(snapshot.activeConnections()).isEqualTo(2);
    assertThat(snapshot.rejects()).isEqualTo(Map.of("bad-value", 2L, "unsafe-pickle", 1L));
    assertThat(snapshot.listeners())
        .extracting(ListenerCounters.Snapshot::listener)
        .containsExactly("carbon-tcp", "carbon-udp", "pickle");
    assertThat(snapshot.listeners().get(2).lastReject())
        .isEqualTo("pickle: unsafe-pickle from /10.0.0.1:999: \"refused opcode GLOBAL\"");
  }

  @Test
  void snapshotsDoNotChangeAfterwards() {
    counters.tcp().received(1);
    CarbonCounters.Snapshot before = counters.snapshot();
    counters.tcp().received(1);
    counters.tcp().reject(RejectReason.EMPTY_LINE, null, "");

    assertThat(before.metricsReceived()).isEqualTo(1);
    assertThat(before.rejects()).isEmpty();
    assertThat(counters.snapshot().metricsReceived()).isEqualTo(2);
  }

  @Test
  void cutsLongSamplesAsCarbonCutsItsLog() {
    byte[] line = "x".repeat(1000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    assertThat(ListenerCounters.sample(line, 0, line.length)).hasSize(403).endsWith("x...");
    assertThat(ListenerCounters.sample(line, 0, 10)).isEqualTo("x".repeat(10));
  }
}
