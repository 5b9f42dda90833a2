package dev.charcoal.app.cli;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import dev.charcoal.store.whisper.Whisper;
import java.nio.file.Files;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code charcoal whisper create FILE RETENTION... [--xff F] [--aggregation METHOD] [--sparse]}, as
 * {@code whisper-create.py}.
 */
@Command(name = "create", description = "Create a whisper file.")
final class WhisperCreateCommand extends FileCommand {
  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "RETENTION",
      converter = Converters.RetentionConverter.class,
      description = "Archives as PRECISION:RETENTION, e.g. 10s:6h 1m:7d 10m:5y (or 60:1440).")
  List<Retention> retentions;

  @Option(
      names = "--xff",
      paramLabel = "F",
      defaultValue = "0.5",
      converter = Converters.XffConverter.class,
      description = "xFilesFactor, 0 to 1 (default: ${DEFAULT-VALUE}).")
  float xff;

  @Option(
      names = "--aggregation",
      paramLabel = "METHOD",
      defaultValue = "average",
      converter = Converters.AggregationConverter.class,
      description =
          "average, sum, last, max, min, avg_zero, absmax or absmin (default: ${DEFAULT-VALUE}).")
  AggregationMethod aggregation;

  @Option(names = "--sparse", description = "Leave the data region unallocated (a sparse file).")
  boolean sparse;

  WhisperCreateCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    Whisper.create(file, retentions, xff, aggregation, sparse);
    ctx.out().println("Created " + file + " (" + Files.size(file) + " bytes)");
    return 0;
  }
}
