package dev.charcoal.ingest.carbon;

/**
 * Why a carbon listener refused a line, a pickle element or a frame; {@link #label()} is the key in
 * {@link dev.charcoal.ingest.RejectCounters}.
 */
public enum RejectReason {
  /** A line with nothing but whitespace (carbon logs it as an invalid line). */
  EMPTY_LINE("empty-line"),
  /** Fewer than the three fields {@code path value timestamp}. */
  TOO_FEW_FIELDS("too-few-fields"),
  /** More than three fields. */
  TOO_MANY_FIELDS("too-many-fields"),
  /** A value Python's {@code float()} refuses. */
  BAD_VALUE("bad-value"),
  /** A timestamp Python's {@code float()} refuses, or one infinite, NaN or past 2^63 seconds. */
  BAD_TIMESTAMP("bad-timestamp"),
  /** A NaN value: carbon drops these without a word; we count them. */
  NAN_VALUE("nan-value"),
  /** A metric name that carbon's tagged-name rules refuse, or an empty one. */
  BAD_NAME("bad-name"),
  /** A line (or pickled byte string) that is not valid UTF-8. */
  INVALID_UTF8("invalid-utf8"),
  /** A line longer than 16,384 bytes (carbon's limit); the connection stays open. */
  LINE_TOO_LONG("line-too-long"),
  /** Bytes after the last newline when the connection closed (carbon drops them too). */
  UNTERMINATED_LINE("unterminated-line"),
  /** A pickle frame longer than 1 MiB (carbon's limit); closes the connection. */
  FRAME_TOO_LARGE("frame-too-large"),
  /** A pickle frame cut short by the end of the connection. */
  TRUNCATED_FRAME("truncated-frame"),
  /** A pickle that asks for anything beyond plain data; closes the connection. */
  UNSAFE_PICKLE("unsafe-pickle"),
  /** A pickle that does not unpickle, or is not a list or tuple. */
  MALFORMED_PICKLE("malformed-pickle"),
  /** A pickle element that is not {@code (path, (timestamp, value))}. */
  BAD_ELEMENT("bad-element");

  private final String label;

  RejectReason(String label) {
    this.label = label;
  }

  /** The counter key, e.g. {@code too-many-fields}. */
  public String label() {
    return label;
  }
}
