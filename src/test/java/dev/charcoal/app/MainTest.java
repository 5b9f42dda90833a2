package dev.charcoal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a command, charcoal prepares the data dir and opens the desktop app on it. */
class MainTest {
  @TempDir Path tmp;
  final List<Path> opened = new ArrayList<>();
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Main main, String... args) {
    return main.run(
        args,
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  Main mainRecordingDesktop() {
    return new Main(
        InstantSource.fixed(Instant.EPOCH),
        (path, archives, xff, method, aggregate, now, keepBackup) -> null,
        opened::add);
  }

  @Test
  void opensTheDesktopAppOnThePreparedDataDir() {
    Path data = tmp.resolve("data");

    int code = run(mainRecordingDesktop(), "--data", data.toString());

    assertThat(code).isZero();
    assertThat(opened).containsExactly(data.toAbsolutePath());
    for (String sub : DataDirs.SUBDIRECTORIES) {
      assertThat(data.resolve(sub)).isDirectory();
    }
  }

  @Test
  void reportsADesktopThatCannotStart() {
    Main main =
        new Main(
            InstantSource.fixed(Instant.EPOCH),
            (path, archives, xff, method, aggregate, now, keepBackup) -> null,
            dir -> {
              throw new UnsupportedOperationException("Unable to open DISPLAY");
            });

    int code = run(main, "--data", tmp.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("charcoal: UnsupportedOperationException: Unable to open DISPLAY\n");
  }

  @Test
  void reportsADataDirThatCannotBeCreatedAndOpensTheWindowToSayItThereToo() throws Exception {
    Path blocker = Files.writeString(tmp.resolve("file"), "x");

    int code = run(mainRecordingDesktop(), "--data", blocker.toString());

    assertThat(code).isZero();
    assertThat(opened).containsExactly(blocker.toAbsolutePath());
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("charcoal: " + blocker)
        .hasLineCount(1);
  }

  @Test
  void helpListsTheWhisperCommands() {
    int code = run(mainRecordingDesktop(), "--help");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Usage: charcoal")
        .contains("--data=DIR")
        .contains("whisper");
    assertThat(opened).isEmpty();
  }
}
