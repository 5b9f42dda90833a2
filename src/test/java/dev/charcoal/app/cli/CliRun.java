package dev.charcoal.app.cli;

import dev.charcoal.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code charcoal ARGS} in-process on a fixed clock and captures what it prints. */
final class CliRun {
  /** The clock every test run sees unless it passes {@code --now}. */
  static final long NOW = 1_700_000_000L;

  private Resizer resizer =
      (path, archives, xff, method, aggregate, now, keepBackup) -> {
        throw new AssertionError("resize not expected");
      };
  private final List<Path> desktopStarts = new ArrayList<>();
  private DesktopStarter desktop = desktopStarts::add;
  private String stdin = "";
  private QueryEngines queries = QueryEngines.NOT_WIRED;

  static CliRun cli() {
    return new CliRun();
  }

  CliRun stdin(String text) {
    this.stdin = text;
    return this;
  }

  CliRun resizer(Resizer resizer) {
    this.resizer = resizer;
    return this;
  }

  CliRun queries(QueryEngines queries) {
    this.queries = queries;
    return this;
  }

  CliRun desktop(DesktopStarter desktop) {
    this.desktop = desktop;
    return this;
  }

  List<Path> desktopStarts() {
    return desktopStarts;
  }

  Result run(Object... args) {
    String[] argv = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      argv[i] = String.valueOf(args[i]);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main =
        new Main(InstantSource.fixed(Instant.ofEpochSecond(NOW)), resizer, desktop, queries);
    int code =
        main.run(
            argv,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Exit code and the two streams' text. */
  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
