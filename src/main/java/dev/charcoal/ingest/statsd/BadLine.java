package dev.charcoal.ingest.statsd;

/**
 * Why a metric was refused. Each refusal adds one to {@code statsd.bad_lines_seen} (one per value,
 * as etsy counts {@code a:1|c:x|c} as one good value and one bad line) and to the reason's count.
 */
public enum BadLine {
  /** No {@code |type}: {@code foo}, {@code foo:1}, the bare values of {@code p:1:2:3|c}. */
  MISSING_TYPE("missing-type"),
  /** A value that is not a JavaScript number ({@code abc}, {@code NaN}, {@code 0,5}, empty). */
  BAD_VALUE("bad-value"),
  /** {@code Infinity}, or a number too large for a double ({@code 1e999}), or scaled to one. */
  NON_FINITE_VALUE("non-finite-value"),
  /** A timer below zero. */
  NEGATIVE_TIMER("negative-timer"),
  /** A third field that is not {@code @rate} with 0 < rate ≤ 1 ({@code @0}, {@code @-1}, …). */
  BAD_SAMPLE_RATE("bad-sample-rate"),
  /** Nothing left of the key after sanitising ({@code :1|c}, {@code ünï…} that is all symbols). */
  EMPTY_NAME("empty-name"),
  /** Tags that carbon cannot store ({@code |#a,b}: tags without values, an empty tag…). */
  BAD_TAGS("bad-tags"),
  /** A new key beyond {@code maxKeys}: existing keys keep counting, new ones are refused. */
  TOO_MANY_KEYS("too-many-keys"),
  /** A TCP line longer than the listener's limit, dropped up to its newline. */
  LINE_TOO_LONG("line-too-long");

  private final String reason;

  BadLine(String reason) {
    this.reason = reason;
  }

  /** The reason's name in counters and messages, e.g. {@code bad-sample-rate}. */
  public String reason() {
    return reason;
  }
}
