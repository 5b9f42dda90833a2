package dev.charcoal.store.whisper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorruptWhisperFileTest {
  private static final long NOW = 1_700_000_000L;
  @TempDir Path dir;
  private Path file;
  private byte[] valid;

  @BeforeEach
  void createValidFile() throws IOException {
    file = dir.resolve("m.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:2m,1m:10m"));
    Whisper.updateMany(file, new long[] {NOW - 30, NOW - 20}, new double[] {1, 2}, NOW);
    valid = Files.readAllBytes(file);
  }

  @Test
  void everyTruncationIsReportedWithFileAndOffsetAndNeverWritten() throws IOException {
    for (int length = 0; length < valid.length; length++) {
      byte[] truncated = java.util.Arrays.copyOf(valid, length);
      Files.write(file, truncated);
      Throwable t =
          catchThrowable(() -> Whisper.updateMany(file, new long[] {NOW}, new double[] {9}, NOW));
      assertThat(t)
          .as("length %d", length)
          .isInstanceOf(CorruptWhisperFileException.class)
          .hasMessageContaining(file.toString())
          .hasMessageContaining("at byte");
      assertThat(Files.readAllBytes(file)).as("length %d untouched", length).isEqualTo(truncated);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0, 0, unknown aggregation type 0",
    "0, 9, 0, unknown aggregation type 9",
    "8, 1069547520, 8, xFilesFactor 1.5",
    "8, 2143289344, 8, xFilesFactor NaN",
    "12, 0, 12, archive count is 0",
    "12, 100000, 12, archive count 100000",
    "16, 99999, 16, archive 0 spans bytes 99999",
    "20, 0, 16, archive 0 has 0s",
    "32, 10, 32, archive 1 is not coarser",
    "32, 15, 32, precision is not a multiple",
  })
  void namesTheOffsetOfTheBadField(int at, int value, long offset, String problem)
      throws IOException {
    byte[] bad = valid.clone();
    ByteBuffer.wrap(bad).putInt(at, value);
    Files.write(file, bad);
    assertThatThrownBy(() -> Whisper.info(file))
        .isInstanceOfSatisfying(
            CorruptWhisperFileException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(offset);
              assertThat(e.path()).isEqualTo(file);
            })
        .hasMessageContaining(problem);
    assertThatThrownBy(() -> Whisper.update(file, 1, NOW, NOW))
        .isInstanceOf(CorruptWhisperFileException.class);
    assertThat(Files.readAllBytes(file)).isEqualTo(bad);
  }

  @Test
  void randomHeaderDamageNeverEscapesAsAnythingButAWhisperErrorAndNeverGrowsTheFile()
      throws IOException {
    Random random = new Random(42);
    int headerSize = WhisperFormat.headerSize(2);
    for (int round = 0; round < 2000; round++) {
      byte[] damaged = valid.clone();
      for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
        damaged[random.nextInt(headerSize)] = (byte) random.nextInt(256);
      }
      Files.write(file, damaged);
      try {
        Whisper.updateMany(
            file, new long[] {NOW - 5, NOW - 500, NOW + 5}, new double[] {1, 2, 3}, NOW);
        Whisper.fetch(file, NOW - 600, NOW, NOW);
      } catch (WhisperException expected) {
        // refused cleanly
      }
      assertThat(Files.size(file)).as("round %d", round).isEqualTo(valid.length);
    }
  }
}
