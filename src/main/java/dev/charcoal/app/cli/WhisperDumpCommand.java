package dev.charcoal.app.cli;

import dev.charcoal.store.whisper.WhisperDump;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;

/** {@code charcoal whisper dump FILE}: header and every raw slot, as {@code whisper-dump.py}. */
@Command(
    name = "dump",
    description = "Print a whisper file's header and every raw slot, stale and empty ones too.")
final class WhisperDumpCommand extends FileCommand {
  WhisperDumpCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(ctx.out(), StandardCharsets.UTF_8), 1 << 16);
    WhisperDump.dump(file, writer);
    writer.flush();
    return 0;
  }
}
