package dev.charcoal.app.cli;

import picocli.CommandLine.Command;

/** {@code charcoal whisper}: the group of whisper file tools; it does nothing by itself. */
@Command(
    name = "whisper",
    description = "Inspect and edit whisper files, as Graphite's whisper-* scripts do.",
    synopsisSubcommandLabel = "COMMAND")
public final class WhisperCommand {}
