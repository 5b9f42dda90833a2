package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures exit 1 with one line on stderr naming the file and, for corrupt ones, the offset. */
class FailureReportingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "whisper {0}")
  @ValueSource(strings = {"info", "fetch", "update", "dump"})
  void missingFileExitsOneNamingIt(String command) {
    Path file = dir.resolve("missing.wsp");

    CliRun.Result r = cli().run("whisper", command, file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("charcoal whisper " + command + ": " + file + ": no such file or directory\n");
  }

  @ParameterizedTest(name = "whisper {0}")
  @ValueSource(strings = {"info", "fetch", "update", "dump"})
  void truncatedFileExitsOneNamingFileAndOffset(String command) throws Exception {
    Path file = dir.resolve("short.wsp");
    Files.write(file, new byte[] {0, 0, 0, 1, 0, 0, 14, 16});

    CliRun.Result r = cli().run("whisper", command, file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith(
            "charcoal whisper " + command + ": " + file + ": corrupt whisper file at byte 8")
        .hasLineCount(1);
  }

  @Test
  void unknownAggregationTypeIsReportedAtByteZero() throws Exception {
    Path file = dir.resolve("bad-type.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h"));
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(0, 42);
    Files.write(file, bytes);

    CliRun.Result r = cli().run("whisper", "info", file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "charcoal whisper info: "
                + file
                + ": corrupt whisper file at byte 0: unknown aggregation type 42 (expected 1 to"
                + " 8)\n");
  }

  @Test
  void corruptFileIsNotWrittenByUpdate() throws Exception {
    Path file = dir.resolve("bad-archive.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h"));
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer.wrap(bytes).putInt(24, 100_000); // archive 0 claims far more points than fit
    Files.write(file, bytes);

    CliRun.Result r =
        cli().stdin("1699999990 1\n").run("whisper", "update", file, "--now", "1700000000");

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains(file + ": corrupt whisper file at byte 16").hasLineCount(1);
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
  }

  @Test
  void directoryInsteadOfFileExitsOne() {
    CliRun.Result r = cli().run("whisper", "info", dir);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("charcoal whisper info: " + dir).hasLineCount(1);
  }
}
