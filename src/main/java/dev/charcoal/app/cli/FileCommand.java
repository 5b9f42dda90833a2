package dev.charcoal.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** A whisper tool that works on one file, named first; failures are reported against it. */
abstract class FileCommand implements Callable<Integer> {
  final CliContext ctx;

  @Parameters(index = "0", paramLabel = "FILE", description = "The whisper file.")
  Path file;

  FileCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  Path file() {
    return file;
  }
}
