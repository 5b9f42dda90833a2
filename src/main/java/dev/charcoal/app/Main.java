package dev.charcoal.app;

import dev.charcoal.app.cli.Cli;
import dev.charcoal.app.cli.CliContext;
import dev.charcoal.app.cli.DesktopStarter;
import dev.charcoal.app.cli.QueryEngines;
import dev.charcoal.app.cli.Resizer;
import dev.charcoal.app.desktop.DesktopSession;
import dev.charcoal.app.serve.DataDirQueries;
import dev.charcoal.store.whisper.WhisperResize;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.InstantSource;

/**
 * The {@code charcoal} entry point and the jar's main class: without a command it opens the desktop
 * app, otherwise it runs a command-line tool ({@code charcoal whisper info FILE}, …).
 *
 * <p>This is the one place that reads the system clock; everything else is handed an {@link
 * InstantSource}.
 */
public final class Main {
  private final InstantSource clock;
  private final Resizer resizer;
  private final DesktopStarter desktop;
  private final QueryEngines queries;

  /** The real thing: the system clock, the whisper resize engine and the JavaFX window. */
  public Main() {
    this(InstantSource.system());
  }

  private Main(InstantSource clock) {
    this(
        clock,
        WhisperResize::resize,
        dataDir -> DesktopSession.run(dataDir, clock),
        new DataDirQueries());
  }

  public Main(InstantSource clock, Resizer resizer, DesktopStarter desktop) {
    this(clock, resizer, desktop, QueryEngines.NOT_WIRED);
  }

  public Main(InstantSource clock, Resizer resizer, DesktopStarter desktop, QueryEngines queries) {
    this.clock = clock;
    this.resizer = resizer;
    this.desktop = desktop;
    this.queries = queries;
  }

  public static void main(String[] args) {
    System.exit(new Main().run(args, System.in, System.out, System.err));
  }

  /**
   * Runs {@code charcoal ARGS} on the given streams and returns the exit code: 0 ok, 1 failure (a
   * one-line message on {@code err}), 2 bad usage.
   */
  public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    CliContext ctx = new CliContext(in, out, err, clock, resizer, desktop, queries);
    int code = Cli.commandLine(ctx, args).execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
