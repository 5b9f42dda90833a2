package dev.charcoal.app.cli;

import static dev.charcoal.app.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.charcoal.store.whisper.RetentionParser;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad usage exits 2 with a short complaint and a pointer to --help, and touches nothing. */
class UsageErrorsTest {
  @TempDir Path dir;
  Path file;

  @BeforeEach
  void createFile() throws Exception {
    file = dir.resolve("u.wsp");
    Whisper.create(file, RetentionParser.parseList("10s:1h"));
  }

  @ParameterizedTest(name = "charcoal {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "whisper                                     | charcoal whisper: Missing required subcommand",
        "whisper infp FILE                           | Did you mean: whisper info?",
        "frobnicate                                  | charcoal: Unmatched argument",
        "whisper info                                | Missing required parameter: 'FILE'",
        "whisper info FILE extra                     | Unmatched argument",
        "whisper info FILE --bogus                   | Unknown option: '--bogus'",
        "whisper fetch FILE --from yesterday         | '--from'",
        "whisper fetch FILE --now                    | Missing required parameter for option '--now'",
        "whisper create NEW                          | Missing required parameter: 'RETENTION'",
        "whisper create NEW 10x:1h                   | '10x:1h'",
        "whisper create NEW 10s                      | Invalid retention definition '10s'",
        "whisper create NEW 10s:1h --xff abc         | 'abc' is not a number",
        "whisper create NEW 10s:1h --xff 1.5         | xFilesFactor must be between 0 and 1",
        "whisper create NEW 10s:1h --aggregation avg | unknown aggregation method 'avg' (expected"
            + " one of average, sum, last, max, min, avg_zero, absmax, absmin)",
        "whisper update FILE --now soon              | '--now'",
        "whisper resize FILE 1m:1d --aggregation mid | unknown aggregation method 'mid'",
        "whisper dump                                | Missing required parameter: 'FILE'",
      })
  void exitsTwoNamingTheProblem(String args, String expected) throws Exception {
    byte[] before = Files.readAllBytes(file);
    Object[] argv =
        args.replace("NEW", dir.resolve("new.wsp").toString())
            .replace("FILE", file.toString())
            .split(" +");

    CliRun.Result r = cli().run(argv);

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(expected).contains("--help' for more information.");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(dir.resolve("new.wsp")).doesNotExist();
  }

  @Test
  void helpGoesToStdoutAndExitsZero() {
    CliRun.Result r = cli().run("whisper", "create", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Usage: charcoal whisper create")
        .contains("RETENTION")
        .contains("--aggregation=METHOD");
    assertThat(r.err()).isEmpty();
  }
}
