package dev.charcoal.app.cli;

import dev.charcoal.app.DataDirs;
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

  public CharcoalCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() throws Exception {
    Path dir = DataDirs.prepare(data != null ? data : DataDirs.defaultDataDir());
    ctx.desktop().start(dir);
    return 0;
  }
}
