package dev.charcoal.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Builds the {@code charcoal} command tree on a {@link CliContext}. Exit codes: 0 ok; 1 failure,
 * with one line on stderr naming what and where; 2 bad usage.
 */
public final class Cli {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  private Cli() {}

  /**
   * The command line for {@code args}: without the tools' commands when {@code args} only open the
   * desktop app ({@code charcoal} or {@code charcoal --data DIR}). Picocli builds each command from
   * its annotations, which took a third of the main thread's time before the window could start.
   */
  public static CommandLine commandLine(CliContext ctx, String[] args) {
    return opensTheDesktop(args)
        ? configured(new CommandLine(new CharcoalCommand(ctx)), ctx)
        : commandLine(ctx);
  }

  static boolean opensTheDesktop(String[] args) {
    return args.length == 0
        || (args.length == 1 && args[0].startsWith("--data="))
        || (args.length == 2 && args[0].equals("--data"));
  }

  /** Every command. */
  public static CommandLine commandLine(CliContext ctx) {
    CommandLine whisper =
        new CommandLine(new WhisperCommand())
            .addSubcommand(new WhisperInfoCommand(ctx))
            .addSubcommand(new WhisperFetchCommand(ctx))
            .addSubcommand(new WhisperCreateCommand(ctx))
            .addSubcommand(new WhisperUpdateCommand(ctx))
            .addSubcommand(new WhisperResizeCommand(ctx))
            .addSubcommand(new WhisperDumpCommand(ctx));
    CommandLine root =
        new CommandLine(new CharcoalCommand(ctx))
            .addSubcommand(whisper)
            .addSubcommand(new ServeCommand(ctx))
            .addSubcommand(new RenderCommand(ctx))
            .addSubcommand(new FindCommand(ctx))
            .addSubcommand(
                new CommandLine(new BenchCommand())
                    .addSubcommand(new BenchCommand.Ingest(ctx))
                    .addSubcommand(new BenchCommand.CacheMemory(ctx))
                    .addSubcommand(new BenchCommand.Startup(ctx)));
    return configured(root, ctx);
  }

  private static CommandLine configured(CommandLine root, CliContext ctx) {
    root.setOut(new PrintWriter(ctx.out(), true));
    root.setErr(new PrintWriter(ctx.err(), true));
    root.setExitCodeExceptionMapper(e -> e instanceof ParameterException ? USAGE : FAILURE);
    root.setParameterExceptionHandler(Cli::usageError);
    root.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          Path file = command.getCommand() instanceof FileCommand fc ? fc.file() : null;
          command
              .getErr()
              .println(
                  command.getCommandSpec().qualifiedName() + ": " + Failures.describe(e, file));
          return FAILURE;
        });
    return root;
  }

  /** A short complaint and a pointer to --help, rather than the whole usage text. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    return USAGE;
  }
}
