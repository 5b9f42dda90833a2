package dev.charcoal.query.parse;

/**
 * A target that graphite-web's grammar does not read completely. The message is one line naming the
 * 0-based position, what was expected and what was found, e.g. {@code expected ',' or ')' at
 * position 13, found end of target}.
 */
public final class TargetParseException extends IllegalArgumentException {
  private final int position;

  TargetParseException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** 0-based offset into the target where the problem is. */
  public int position() {
    return position;
  }
}
