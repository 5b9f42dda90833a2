package dev.charcoal.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.StoreOptions;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What start-up warns about: a configuration that would silently lose data. */
class ServicesWarningsTest {
  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @TempDir Path data;

  private String startAndReadErrors() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ServeOptions options =
        new ServeOptions(
            data, "127.0.0.1", 0, 0, 0, 0, null, StoreOptions.DEFAULT_MAX_CACHE_POINTS);
    try (Services services =
        Services.start(
            options,
            InstantSource.fixed(Instant.ofEpochSecond(1_700_000_000L)),
            "test",
            QUIET,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            QUIET)) {
      return err.toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void theDefaultsWarnOfNothing() throws Exception {
    assertThat(startAndReadErrors()).isEmpty();
  }

  @Test
  void aStatsdFlushShorterThanTheStatsRetentionIsNamed() throws Exception {
    Files.createDirectories(data.resolve("conf"));
    Files.writeString(
        data.resolve("conf/storage-schemas.conf"),
        "[stats]\npattern = ^stats\nretentions = 1m:7d\n");
    assertThat(startAndReadErrors())
        .contains("StatsD flushes every 10s but stats.*, stats_counts.*")
        .contains("stored at 60s (schema [stats])");
  }
}
