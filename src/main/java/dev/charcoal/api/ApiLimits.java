package dev.charcoal.api;

import java.time.Duration;

/**
 * The HTTP server's limits. Evaluation runs on {@code threads} worker threads with at most {@code
 * queued} requests waiting (more are answered 503); a request still running after {@code deadline}
 * is answered 503 and its worker interrupted.
 */
public record ApiLimits(int threads, int queued, Duration deadline) {
  /** The longest request line (URL) accepted; Grafana sends long queries as POST bodies. */
  public static final int MAX_INITIAL_LINE_BYTES = 64 * 1024;

  /** The largest header block accepted. */
  public static final int MAX_HEADER_BYTES = 32 * 1024;

  /** The largest request body (a form or JSON) accepted; larger ones are answered 413. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  /** How long a request may run before it is answered 503. */
  public static final Duration REQUEST_DEADLINE = Duration.ofSeconds(60);

  /** Requests waiting for a worker beyond which new ones are refused with 503. */
  public static final int MAX_QUEUED_REQUESTS = 64;

  public ApiLimits {
    if (threads < 1 || queued < 1 || deadline.isNegative() || deadline.isZero()) {
      throw new IllegalArgumentException(
          "bad limits: " + threads + ", " + queued + ", " + deadline);
    }
  }

  /** A worker per core (at least two), the named queue and deadline. */
  public static ApiLimits defaults() {
    return new ApiLimits(
        Math.max(2, Runtime.getRuntime().availableProcessors()),
        MAX_QUEUED_REQUESTS,
        REQUEST_DEADLINE);
  }
}
