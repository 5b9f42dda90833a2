package dev.charcoal.app.cli;

import dev.charcoal.store.whisper.Whisper;
import dev.charcoal.store.whisper.WhisperHeader;
import java.nio.file.Files;
import picocli.CommandLine.Command;

/** {@code charcoal whisper info FILE}: the header as JSON, as {@code whisper-info.py --json}. */
@Command(name = "info", description = "Print a whisper file's header as JSON.")
final class WhisperInfoCommand extends FileCommand {
  WhisperInfoCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    WhisperHeader header = Whisper.info(file);
    ctx.out().println(JsonOut.info(header, Files.size(file)));
    return 0;
  }
}
