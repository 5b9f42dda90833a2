package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Positional writes (the persister's) leave exactly the bytes that mapped writes leave. */
class PositionalWritingTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void writesTheSameBytesAsAMappedFile(long seed) throws Exception {
    List<Retention> archives =
        List.of(new Retention(10, 120), new Retention(60, 60), new Retention(600, 20));
    Path mapped = dir.resolve("mapped.wsp");
    Path positional = dir.resolve("positional.wsp");
    AggregationMethod method = AggregationMethod.values()[(int) (seed % 8)];
    Whisper.create(mapped, archives, 0.3f, method, false);
    Whisper.create(positional, archives, 0.3f, method, true);
    Random random = new Random(seed);
    long now = 1_700_000_000L;
    try (WhisperFile a = WhisperFile.open(mapped);
        WhisperFile b = WhisperFile.openForPositionalWriting(positional)) {
      for (int batch = 0; batch < 40; batch++) {
        int n = 1 + random.nextInt(50);
        long[] ts = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          ts[i] = now - random.nextInt(20_000);
          values[i] = random.nextInt(1000) / 4.0;
        }
        a.updateMany(ts, values, n, now);
        b.updateMany(ts, values, n, now);
        if (random.nextInt(4) == 0) {
          long single = now - random.nextInt(1000);
          a.update(values[0], single, now);
          b.update(values[0], single, now);
        }
        now += random.nextInt(300);
      }
      b.force();
    }
    assertThat(Files.readAllBytes(positional)).isEqualTo(Files.readAllBytes(mapped));
  }
}
