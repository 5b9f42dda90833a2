package dev.charcoal.app.cli;

import dev.charcoal.api.http.ApiResponse;

/** Prints an API answer as a command's output: the body as is, or its error as a failure. */
final class CliOutput {
  private CliOutput() {}

  /**
   * Writes a 200 answer's body to stdout unchanged.
   *
   * @throws CliException with the API's one-line message for any other status
   */
  static int print(CliContext ctx, ApiResponse response) throws CliException {
    if (response.status() != 200) {
      throw new CliException(response.text().strip());
    }
    ctx.out().write(response.body(), 0, response.body().length);
    ctx.out().flush();
    return Cli.OK;
  }
}
