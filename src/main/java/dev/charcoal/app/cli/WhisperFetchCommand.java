package dev.charcoal.app.cli;

import dev.charcoal.store.whisper.FetchResult;
import dev.charcoal.store.whisper.Whisper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code charcoal whisper fetch FILE [--from EPOCH] [--until EPOCH] [--now EPOCH]}: whisper.fetch
 * as one line of JSON, or {@code null} when the range lies wholly outside the file's retention.
 */
@Command(
    name = "fetch",
    description = {
      "Print the points of a time range as JSON.",
      "Prints {\"from\":F,\"until\":U,\"step\":S,\"values\":[...]} with null for missing points,"
          + " or null alone when the range lies outside the file's retention."
    })
final class WhisperFetchCommand extends FileCommand {
  static final long DEFAULT_RANGE_SECONDS = 86_400;

  @Option(names = "--from", paramLabel = "EPOCH", description = "Start (default: now - 1 day).")
  Long from;

  @Option(names = "--until", paramLabel = "EPOCH", description = "End (default: now).")
  Long until;

  @Option(
      names = "--now",
      paramLabel = "EPOCH",
      description = "The time to fetch as of (default: the current time).")
  Long now;

  WhisperFetchCommand(CliContext ctx) {
    super(ctx);
  }

  @Override
  public Integer call() throws Exception {
    long at = now != null ? now : ctx.nowSeconds();
    long end = until != null ? until : at;
    long start = from != null ? from : at - DEFAULT_RANGE_SECONDS;
    FetchResult result = Whisper.fetch(file, start, end, at);
    ctx.out().println(result == null ? "null" : JsonOut.fetch(result));
    return 0;
  }
}
