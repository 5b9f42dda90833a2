package dev.charcoal.app.cli;

import dev.charcoal.app.DataDirs;
import dev.charcoal.app.FxRuntimeCheck;
import dev.charcoal.app.SelfTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code charcoal [--data DIR]}: the desktop app; the subcommands are the command-line tools. */
@Command(
    name = "charcoal",
    description = "Graphite on a laptop. Without a command: open the desktop app.",
    synopsisSubcommandLabel = "[COMMAND]")
public final class CharcoalCommand implements Callable<Integer> {
  private final CliContext ctx;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Show this help and exit.")
  boolean help;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data directory (default: the per-user one of this OS).")
  Path data;

  @Option(
      names = "--selftest",
      description =
          "Check this installation (store, listeners, a render, the JavaFX runtime) and exit.")
  boolean selftest;

  public CharcoalCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    if (selftest) {
      return new SelfTest(ctx.clock(), new FxRuntimeCheck(), ctx.out()).run();
    }
    Path dir = data != null ? data : DataDirs.defaultDataDir();
    try {
      dir = DataDirs.prepare(dir);
    } catch (IOException e) {
      // Opened from a menu there is no terminal to read this on: the window says it too, as the
      // services fail on the same directory.
      ctx.err().println("charcoal: " + Failures.describe(e, null));
      dir = dir.toAbsolutePath().normalize();
    }
    ctx.desktop().start(dir);
    return 0;
  }
}
