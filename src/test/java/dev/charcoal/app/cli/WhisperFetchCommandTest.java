package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.NOW;
import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperFetchCommandTest {
  @TempDir Path dir;
  Path file;

  @BeforeEach
  void createMinutelyFile() throws Exception {
    file = dir.resolve("m.wsp");
    Whisper.create(file, RetentionParser.parseList("60s:1d"));
    Whisper.updateMany(
        file, new long[] {1_699_999_920L, 1_699_999_980L}, new double[] {1.0, 2.5}, 1_700_000_000L);
  }

  @Test
  void printsRangeRoundedAsWhisperFetchDoes() {
    CliRun.Result r =
        cli()
            .run(
                "whisper",
                "fetch",
                file,
                "--from",
                1_699_999_880L,
                "--until",
                1_700_000_000L,
                "--now",
                1_700_000_000L);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo("{\"from\":1699999920,\"until\":1700000040,\"step\":60,\"values\":[1.0,2.5]}\n");
  }

  @Test
  void printsNullForMissingPoints() {
    CliRun.Result r =
        cli().run("whisper", "fetch", file, "--from", 1_699_999_760L, "--now", 1_700_000_000L);

    assertThat(r.out())
        .isEqualTo(
            "{\"from\":1699999800,\"until\":1700000040,\"step\":60,"
                + "\"values\":[null,null,1.0,2.5]}\n");
  }

  @Test
  void defaultsToTheLastDayBeforeTheClocksNow() {
    CliRun.Result r = cli().run("whisper", "fetch", file);

    // from = now - 86400 = 1699913600, rounded up past it; until = now, rounded up to include it.
    assertThat(r.out()).startsWith("{\"from\":1699913640,\"until\":1700000040,\"step\":60,");
    assertThat(r.out()).endsWith(",1.0,2.5]}\n");
    assertThat(r.out().split(",").length - 3).isEqualTo((1_700_000_040 - 1_699_913_640) / 60);
  }

  @Test
  void printsNullWhenTheRangeIsWhollyBeyondRetention() {
    CliRun.Result r = cli().run("whisper", "fetch", file, "--from", 1000, "--until", 2000);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo("null\n");
  }

  @Test
  void printsNullWhenTheRangeIsWhollyInTheFuture() {
    CliRun.Result r = cli().run("whisper", "fetch", file, "--from", NOW + 60, "--until", NOW + 120);

    assertThat(r.out()).isEqualTo("null\n");
  }

  @Test
  void failsWhenFromIsAfterUntil() {
    CliRun.Result r = cli().run("whisper", "fetch", file, "--from", NOW - 60, "--until", NOW - 120);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("charcoal whisper fetch: " + file + ": Invalid time interval")
        .hasLineCount(1);
  }
}
