package dev.charcoal.app.cli;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charcoal whisper resize FILE RETENTION... [--xff F] [--aggregation METHOD] [--aggregate]
 * [--now EPOCH]}, as {@code whisper-resize.py}: the old file is kept as {@code FILE.bak}.
 */
@Command(
    name = "resize",
    description = "Rewrite a whisper file with new archives, keeping the data that fits.")
final class WhisperResizeCommand extends FileCommand {
  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "RETENTION",
      converter = Converters.RetentionConverter.class,
      description = "The new archives as PRECISION:RETENTION, e.g. 10s:6h 1m:7d.")
  List<Retention> retentions;

  @Option(
      names = "--xff",
      paramLabel = "F",
      converter = Converters.XffConverter.class,
      description = "New xFilesFactor, 0 to 1 (default: keep the file's).")
  Float xff;

  @Option(
      names = "--aggregation",
      paramLabel = "METHOD",
      converter = Converters.AggregationConverter.class,
      description = "New aggregation method (default: keep the file's).")
  AggregationMethod aggregation;

  @Option(
      names = "--aggregate",
      description = "Aggregate the finest data into each new archive instead of copying points.")
  boolean aggregate;

  @Option(
      names = "--now",
      paramLabel = "EPOCH",
      description = "The time to resize as of (default: the current time).")
  Long now;

  WhisperResizeCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    long at = now != null ? now : ctx.nowSeconds();
    ctx.resizer().resize(file, retentions, xff, aggregation, aggregate, at, true);
    Path backup = file.resolveSibling(file.getFileName() + ".bak");
    ctx.out().println("Resized " + file + " (the old file is kept as " + backup + ")");
    return 0;
  }
}
