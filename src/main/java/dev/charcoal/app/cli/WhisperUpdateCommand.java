package dev.charcoal.app.cli;

import dev.charcoal.store.whisper.Whisper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code charcoal whisper update FILE [--now EPOCH]}: reads {@code timestamp value} lines on stdin
 * and applies them as one whisper.update_many, so points are routed and propagated as carbon writes
 * them. A malformed line fails the whole command before anything is written.
 */
@Command(
    name = "update",
    description = {
      "Write points read from stdin.",
      "Reads one \"TIMESTAMP VALUE\" per line (blank lines and # comments skipped) and writes"
          + " them all as one update_many; a malformed line writes nothing."
    })
final class WhisperUpdateCommand extends FileCommand {
  @Option(
      names = "--now",
      paramLabel = "EPOCH",
      description = "The time to write as of (default: the current time).")
  Long now;

  WhisperUpdateCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    // Check the file before waiting on stdin, so a typo fails at once rather than after input.
    Whisper.info(file);
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(ctx.in(), StandardCharsets.UTF_8));
    PointLines.Points points = PointLines.read(reader);
    long at = now != null ? now : ctx.nowSeconds();
    Whisper.updateMany(file, points.timestamps(), points.values(), at);
    return 0;
  }
}
