package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.NOW;
import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhisperUpdateCommandTest {
  @TempDir Path dir;
  Path file;

  @BeforeEach
  void createFile() throws Exception {
    file = dir.resolve("u.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h,1m:1d"));
  }

  @Test
  void writesLinesFromStdinSkippingBlanksAndComments() throws Exception {
    CliRun.Result r =
        cli()
            .stdin("# two points\n\n1699999900 1.5\n  1699999910\t-2e3  \n# done\n")
            .run("whisper", "update", file, "--now", NOW);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out()).isEmpty();
    FetchResult f = Whisper.fetch(file, 1_699_999_890L, 1_699_999_910L, NOW);
    assertThat(f.values()).containsExactly(1.5, -2000.0);
  }

  @Test
  void appliesAllLinesAsOneUpdateManyRoutingOldPointsToCoarserArchives() throws Exception {
    // update_many, unlike update, sends a point older than archive 0's hour straight to the
    // minutely archive, and accepts a point from the future.
    CliRun.Result r =
        cli()
            .stdin((NOW - 7200) + " 7\n" + (NOW + 30) + " 9\n")
            .run("whisper", "update", file, "--now", NOW);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    FetchResult old = Whisper.fetch(file, NOW - 7260, NOW - 7200, NOW);
    assertThat(old.step()).isEqualTo(60);
    assertThat(old.values()).containsExactly(7.0);
    FetchResult future = Whisper.fetch(file, NOW + 20, NOW + 30, NOW + 40);
    assertThat(future.values()).containsExactly(9.0);
  }

  @Test
  void usesTheClockWhenNowIsNotGiven() throws Exception {
    CliRun.Result r = cli().stdin((NOW - 10) + " 4\n").run("whisper", "update", file);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Whisper.fetch(file, NOW - 20, NOW - 10, NOW).values()).containsExactly(4.0);
  }

  @Test
  void acceptsEmptyInput() throws Exception {
    byte[] before = Files.readAllBytes(file);

    CliRun.Result r = cli().stdin("").run("whisper", "update", file);

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void rejectsAMalformedLineNamingItAndWritesNothing() throws Exception {
    byte[] before = Files.readAllBytes(file);

    CliRun.Result r =
        cli()
            .stdin((NOW - 20) + " 1\n# fine so far\n" + (NOW - 10) + " 2 3\n")
            .run("whisper", "update", file, "--now", NOW);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "charcoal whisper update: "
                + file
                + ": stdin line 3: expected \"TIMESTAMP VALUE\", got \""
                + (NOW - 10)
                + " 2 3\"; nothing was written\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void rejectsAValueThatIsNotANumber() throws Exception {
    CliRun.Result r = cli().stdin("1699999990 1.0f\n").run("whisper", "update", file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("stdin line 1: value \"1.0f\" is not a number");
  }

  @Test
  void rejectsATimestampThatIsNotANumber() throws Exception {
    CliRun.Result r = cli().stdin("yesterday 1\n").run("whisper", "update", file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("stdin line 1: timestamp \"yesterday\" is not epoch seconds");
  }

  @Test
  void reportsATimestampBeyondWhispersRange() throws Exception {
    byte[] before = Files.readAllBytes(file);

    CliRun.Result r =
        cli().stdin((NOW - 10) + " 1\n1700000000000 2\n").run("whisper", "update", file);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).startsWith("charcoal whisper update: " + file + ": ").hasLineCount(1);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }
}
