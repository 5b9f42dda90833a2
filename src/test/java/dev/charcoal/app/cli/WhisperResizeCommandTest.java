package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.NOW;
import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.ArchiveInfo;
import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import dev.charcoal.store.whisper.WhisperResize;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperResizeCommandTest {
  @TempDir Path dir;

  /** The arguments one resize call received. */
  record Call(
      Path path,
      List<Retention> archives,
      Float xff,
      AggregationMethod method,
      boolean aggregate,
      long now,
      boolean keepBackup) {}

  final List<Call> calls = new ArrayList<>();

  final Resizer recorder =
      (path, archives, xff, method, aggregate, now, keepBackup) -> {
        calls.add(new Call(path, archives, xff, method, aggregate, now, keepBackup));
        return null;
      };

  @Test
  void passesNewArchivesAndKeepsTheRestByDefault() {
    Path file = dir.resolve("r.wsp");

    CliRun.Result r = cli().resizer(recorder).run("whisper", "resize", file, "1m:7d", "10s:1d");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(calls)
        .containsExactly(
            new Call(
                file,
                List.of(new Retention(60, 10080), new Retention(10, 8640)),
                null,
                null,
                false,
                NOW,
                true));
    assertThat(r.out())
        .isEqualTo("Resized " + file + " (the old file is kept as " + file + ".bak)\n");
  }

  @Test
  void passesXffAggregationAggregateAndNow() {
    Path file = dir.resolve("r.wsp");

    CliRun.Result r =
        cli()
            .resizer(recorder)
            .run(
                "whisper",
                "resize",
                file,
                "10s:1h",
                "--xff",
                "0",
                "--aggregation",
                "max",
                "--aggregate",
                "--now",
                "1600000000");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(calls)
        .containsExactly(
            new Call(
                file,
                List.of(new Retention(10, 360)),
                0f,
                AggregationMethod.MAX,
                true,
                1_600_000_000L,
                true));
  }

  @Test
  void reportsAResizeFailureAgainstTheFile() {
    Path file = dir.resolve("r.wsp");
    Resizer failing =
        (path, archives, xff, method, aggregate, now, keepBackup) -> {
          throw new java.nio.file.NoSuchFileException(path.toString());
        };

    CliRun.Result r = cli().resizer(failing).run("whisper", "resize", file, "10s:1h");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo("charcoal whisper resize: " + file + ": no such file or directory\n");
  }

  @Test
  void needsAtLeastOneRetention() {
    CliRun.Result r = cli().resizer(recorder).run("whisper", "resize", dir.resolve("r.wsp"));

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(calls).isEmpty();
  }

  @Test
  void resizesARealFileKeepingItsPoints() throws Exception {
    Path file = dir.resolve("real.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h"));
    Whisper.updateMany(file, new long[] {NOW - 600, NOW - 10}, new double[] {1, 2}, NOW);

    CliRun.Result r =
        cli().resizer(WhisperResize::resize).run("whisper", "resize", file, "10s:2h", "1m:1d");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    WhisperHeader h = Whisper.info(file);
    assertThat(h.archives())
        .extracting(ArchiveInfo::toRetention)
        .containsExactly(new Retention(10, 720), new Retention(60, 1440));
    assertThat(Whisper.fetch(file, NOW - 610, NOW - 600, NOW).values()).containsExactly(1.0);
    assertThat(Whisper.fetch(file, NOW - 20, NOW - 10, NOW).values()).containsExactly(2.0);
    assertThat(dir.resolve("real.wsp.bak")).exists();
  }
}
