package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperResizeAggregateTest {
  private static final long NOW = 1_699_999_980L; // minute-aligned
  @TempDir Path dir;

  @Test
  void aggregatesTheFinestDataIntoEachNewArchiveWithTheXffRule() throws Exception {
    Path file = dir.resolve("m.wsp");
    Whisper.create(
        file, RetentionParser.parseList("10s:10m,1m:1h"), 0.5f, AggregationMethod.SUM, false);
    // minute NOW-300: six 10 s points 1..6; minute NOW-240: only two of six known
    long[] ts = {
      NOW - 300, NOW - 290, NOW - 280, NOW - 270, NOW - 260, NOW - 250, NOW - 240, NOW - 230
    };
    double[] vs = {1, 2, 3, 4, 5, 6, 100, 200};
    Whisper.updateMany(file, ts, vs, NOW);

    WhisperResize.resize(
        file,
        RetentionParser.parseList("1m:2h"),
        null,
        AggregationMethod.AVERAGE,
        true,
        NOW,
        false);

    WhisperHeader h = Whisper.info(file);
    assertThat(h.aggregationMethod()).isEqualTo(AggregationMethod.AVERAGE);
    assertThat(h.archives()).hasSize(1);
    FetchResult r = Whisper.fetch(file, NOW - 301, NOW, NOW);
    assertThat(r.step()).isEqualTo(60);
    assertThat(r.from()).isEqualTo(NOW - 300);
    assertThat(r.values()[0]).isEqualTo(3.5); // the average of the six finest points
    assertThat(r.values()[1]).isNaN(); // 2 of 6 known < xff 0.5
    assertThat(Files.exists(dir.resolve("m.wsp.bak"))).isFalse();
  }

  @Test
  void takesOlderTimeFromCoarserArchivesOnly() throws Exception {
    Path file = dir.resolve("m.wsp");
    Whisper.create(
        file, RetentionParser.parseList("10s:2m,1m:1h"), 0f, AggregationMethod.AVERAGE, false);
    Whisper.updateMany(file, new long[] {NOW - 1800}, new double[] {7}, NOW); // only in 1m archive
    Whisper.updateMany(file, new long[] {NOW - 60, NOW - 50}, new double[] {1, 3}, NOW);

    WhisperResize.resize(file, RetentionParser.parseList("1m:1h"), null, null, true, NOW, true);

    FetchResult r = Whisper.fetch(file, NOW - 3600, NOW, NOW);
    assertThat(r.values()[(int) ((NOW - 1800 - r.from()) / 60)]).isEqualTo(7);
    assertThat(r.values()[(int) ((NOW - 60 - r.from()) / 60)]).isEqualTo(2); // from 10 s data
    assertThat(Files.exists(dir.resolve("m.wsp.bak"))).isTrue();
  }
}
