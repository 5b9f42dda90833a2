package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.NOW;
import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperDumpCommandTest {
  @TempDir Path dir;

  @Test
  void printsHeaderThenEveryRawSlot() throws Exception {
    Path file = dir.resolve("d.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1m"));
    Whisper.updateMany(file, new long[] {NOW}, new double[] {1.5}, NOW);

    CliRun.Result r = cli().run("whisper", "dump", file);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "Meta data:\n"
                + "  aggregation method: average\n"
                + "  max retention: 60\n"
                + "  xFilesFactor: 0.5\n"
                + "\n"
                + "Archive 0 info:\n"
                + "  offset: 28\n"
                + "  seconds per point: 10\n"
                + "  points: 6\n"
                + "  retention: 60\n"
                + "  size: 72\n"
                + "\n"
                + "Archive 0 data:\n"
                + "0: 1700000000,        1.5\n"
                + "1: 0,          0\n"
                + "2: 0,          0\n"
                + "3: 0,          0\n"
                + "4: 0,          0\n"
                + "5: 0,          0\n");
    assertThat(r.err()).isEmpty();
  }
}
