package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperCreateCommandTest {
  @TempDir Path dir;

  @Test
  void createsFileWithWhispersDefaults() throws Exception {
    Path file = dir.resolve("a.wsp");

    CliRun.Result r = cli().run("whisper", "create", file, "60s:1d", "5m:30d", "1h:3y");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("Created " + file + " (436372 bytes)\n");
    WhisperHeader h = Whisper.info(file);
    assertThat(h.aggregationMethod()).isEqualTo(AggregationMethod.AVERAGE);
    assertThat(h.xFilesFactor()).isEqualTo(0.5f);
    assertThat(h.archives())
        .extracting(ArchiveInfo::toRetention)
        .containsExactly(
            new Retention(60, 1440), new Retention(300, 8640), new Retention(3600, 26280));
  }

  @Test
  void sortsArchivesByPrecisionAndAcceptsLegacyPointCounts() throws Exception {
    Path file = dir.resolve("legacy.wsp");

    CliRun.Result r = cli().run("whisper", "create", file, "300:2016", "60:1440");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Whisper.info(file).archives())
        .extracting(ArchiveInfo::toRetention)
        .containsExactly(new Retention(60, 1440), new Retention(300, 2016));
  }

  @Test
  void appliesXffAggregationAndSparse() throws Exception {
    Path file = dir.resolve("opts.wsp");

    CliRun.Result r =
        cli()
            .run(
                "whisper",
                "create",
                file,
                "10s:1h",
                "--xff",
                "0.1",
                "--aggregation",
                "avg_zero",
                "--sparse");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    WhisperHeader h = Whisper.info(file);
    assertThat(h.aggregationMethod()).isEqualTo(AggregationMethod.AVG_ZERO);
    assertThat(h.xFilesFactor()).isEqualTo(0.1f);
    assertThat(Files.size(file)).isEqualTo(28 + 360 * 12);
  }

  @Test
  void refusesToReplaceAnExistingFile() throws Exception {
    Path file = dir.resolve("exists.wsp");
    Files.writeString(file, "not whisper");

    CliRun.Result r = cli().run("whisper", "create", file, "10s:1h");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(file.toString()).contains("already exists").hasLineCount(1);
    assertThat(Files.readString(file)).isEqualTo("not whisper");
  }

  @Test
  void refusesAnArchiveListWhisperRejects() {
    Path file = dir.resolve("bad.wsp");

    CliRun.Result r = cli().run("whisper", "create", file, "10s:1h", "10s:2h");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .startsWith("charcoal whisper create: " + file + ": ")
        .contains("two archives with the same precision")
        .hasLineCount(1);
    assertThat(file).doesNotExist();
  }

  @Test
  void reportsAMissingParentDirectory() {
    Path file = dir.resolve("no/such/dir/a.wsp");

    CliRun.Result r = cli().run("whisper", "create", file, "10s:1h");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(file.toString()).contains("no such file").hasLineCount(1);
  }
}
