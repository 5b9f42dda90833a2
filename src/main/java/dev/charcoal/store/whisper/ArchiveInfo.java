package dev.charcoal.store.whisper;

import dev.charcoal.model.Retention;

/** One archive as described in a file's header: where it starts and how it is laid out. */
public record ArchiveInfo(long offset, long secondsPerPoint, long points) {

  /** Seconds covered by the ring. */
  public long retention() {
    return secondsPerPoint * points;
  }

  /** Bytes the ring occupies. */
  public long size() {
    return points * WhisperFormat.POINT_SIZE;
  }

  /** First byte after the ring. */
  public long end() {
    return offset + size();
  }

  public Retention toRetention() {
    return new Retention(secondsPerPoint, points);
  }
}
