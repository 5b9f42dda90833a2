package dev.charcoal.ingest.carbon;

/**
 * A pickle frame refused as a whole: {@link RejectReason#UNSAFE_PICKLE} or {@link
 * RejectReason#MALFORMED_PICKLE}, with what was wrong. Thrown often by hostile senders, so it
 * carries no stack trace.
 */
final class PickleRejected extends RuntimeException {
  private final RejectReason reason;

  PickleRejected(RejectReason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  RejectReason reason() {
    return reason;
  }
}
