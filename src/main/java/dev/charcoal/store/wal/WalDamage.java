package dev.charcoal.store.wal;

import java.nio.file.Path;

/**
 * Bytes of a segment that replay could not use, and why. Replay never fails on damage: it reports
 * it here and goes on with the next record or segment.
 *
 * @param file the segment file (for {@link Kind#BAD_SEGMENT}, its name before it was set aside)
 * @param offset the first byte skipped
 * @param length how many bytes were skipped
 * @param kind what was wrong
 * @param detail a one-line explanation
 */
public record WalDamage(Path file, long offset, long length, Kind kind, String detail) {
  /** What replay found. */
  public enum Kind {
    /**
     * The segment ends in an incomplete or damaged record (a crash in the middle of a write): the
     * bytes after the last good record are ignored.
     */
    TORN_TAIL,
    /** Bytes between two good records that do not form a good record; replay went on after them. */
    CORRUPT_RECORD,
    /**
     * The segment's header is not a valid header for its name, or the file cannot be read; it was
     * renamed to {@code *.corrupt} and not replayed.
     */
    BAD_SEGMENT
  }

  @Override
  public String toString() {
    return file + " at byte " + offset + " (" + length + " bytes): " + kind + ", " + detail;
  }
}
