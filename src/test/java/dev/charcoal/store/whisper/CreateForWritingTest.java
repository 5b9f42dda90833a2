package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persister's create: a sparse whisper.create that hands back the file open for writing. */
class CreateForWritingTest {
  static final List<Retention> ARCHIVES =
      List.of(new Retention(10, 120), new Retention(60, 60), new Retention(600, 20));

  @TempDir Path dir;

  @Test
  void leavesTheSameBytesAsASparseCreate() throws Exception {
    Path created = dir.resolve("created.wsp");
    Path reference = dir.resolve("reference.wsp");

    Whisper.createForWriting(created, ARCHIVES, 0.2f, AggregationMethod.MAX).close();
    Whisper.create(reference, ARCHIVES, 0.2f, AggregationMethod.MAX, true);

    assertThat(Files.readAllBytes(created)).isEqualTo(Files.readAllBytes(reference));
  }

  @Test
  void writesThroughTheOpenFileAsAReopenedFileWould() throws Exception {
    Path created = dir.resolve("created.wsp");
    Path reopened = dir.resolve("reopened.wsp");
    Whisper.create(reopened, ARCHIVES, 0.5f, AggregationMethod.AVERAGE, true);
    Random random = new Random(42);
    long now = 1_700_000_000L;
    try (WhisperFile a =
            Whisper.createForWriting(created, ARCHIVES, 0.5f, AggregationMethod.AVERAGE);
        WhisperFile b = WhisperFile.openForPositionalWriting(reopened)) {
      assertThat(a.header()).isEqualTo(b.header());
      for (int batch = 0; batch < 20; batch++) {
        int n = 1 + random.nextInt(40);
        long[] ts = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
          ts[i] = now - random.nextInt(10_000);
          values[i] = random.nextInt(100);
        }
        a.updateMany(ts, values, n, now);
        b.updateMany(ts, values, n, now);
        now += random.nextInt(200);
      }
      FetchResult fromA = a.fetch(now - 1000, now, now);
      FetchResult fromB = b.fetch(now - 1000, now, now);
      assertThat(fromA.values()).containsExactly(fromB.values());
      assertThat(Arrays.stream(fromA.values()).filter(v -> !Double.isNaN(v)).count()).isPositive();
    }
    assertThat(Files.readAllBytes(created)).isEqualTo(Files.readAllBytes(reopened));
  }

  @Test
  void refusesAnExistingFileAndLeavesItAlone() throws Exception {
    Path file = dir.resolve("taken.wsp");
    Files.writeString(file, "not ours");

    assertThatThrownBy(() -> Whisper.createForWriting(file, ARCHIVES, 0.5f, AggregationMethod.SUM))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(file)).isEqualTo("not ours");
    assertThat(names()).containsExactly("taken.wsp");
  }

  @Test
  void reportsAMissingDirectory() {
    assertThatThrownBy(
            () ->
                Whisper.createForWriting(
                    dir.resolve("missing/m.wsp"), ARCHIVES, 0.5f, AggregationMethod.SUM))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(Files.exists(dir.resolve("missing"))).isFalse();
  }

  @Test
  void refusesABadArchiveListBeforeTouchingTheDisk() throws Exception {
    List<Retention> overlapping = List.of(new Retention(10, 60), new Retention(10, 120));

    assertThatThrownBy(
            () ->
                Whisper.createForWriting(
                    dir.resolve("m.wsp"), overlapping, 0.5f, AggregationMethod.SUM))
        .isInstanceOf(InvalidConfigurationException.class);
    assertThat(names()).isEmpty();
  }

  @Test
  void leavesNoTemporaryFileBehind() throws Exception {
    for (int i = 0; i < 3; i++) {
      Whisper.createForWriting(dir.resolve("m" + i + ".wsp"), ARCHIVES, 0, AggregationMethod.LAST)
          .close();
    }
    assertThat(names()).containsExactlyInAnyOrder("m0.wsp", "m1.wsp", "m2.wsp");
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
