package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.ARCHIVE_COUNT_OFFSET;
import static dev.charcoal.store.whisper.WhisperFormat.ARCHIVE_INFO_SIZE;
import static dev.charcoal.store.whisper.WhisperFormat.METADATA_SIZE;
import static dev.charcoal.store.whisper.WhisperFormat.XFF_OFFSET;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's metadata and archive table. {@code xFilesFactor} is kept as the float32 the file stores,
 * because whisper compares the known-points ratio against that rounded value.
 */
public record WhisperHeader(
    AggregationMethod aggregationMethod,
    long maxRetention,
    float xFilesFactor,
    List<ArchiveInfo> archives) {

  public WhisperHeader {
    archives = List.copyOf(archives);
  }

  /** Lays out a new file's header for a validated, sorted archive list, as whisper.create does. */
  public static WhisperHeader forArchives(
      List<Retention> sorted, float xFilesFactor, AggregationMethod method) {
    List<ArchiveInfo> infos = new ArrayList<>(sorted.size());
    long offset = WhisperFormat.headerSize(sorted.size());
    long maxRetention = 0;
    for (Retention r : sorted) {
      infos.add(new ArchiveInfo(offset, r.secondsPerPoint(), r.points()));
      offset += r.points() * WhisperFormat.POINT_SIZE;
      maxRetention = Math.max(maxRetention, r.retentionSeconds());
    }
    return new WhisperHeader(method, maxRetention, xFilesFactor, infos);
  }

  public int headerSize() {
    return WhisperFormat.headerSize(archives.size());
  }

  /** The file size this header implies: the end of the last archive. */
  public long dataEnd() {
    return archives.get(archives.size() - 1).end();
  }

  public byte[] encode() {
    ByteBuffer buf = ByteBuffer.allocate(headerSize());
    buf.putInt(aggregationMethod.typeId());
    buf.putInt((int) maxRetention);
    buf.putFloat(xFilesFactor);
    buf.putInt(archives.size());
    for (ArchiveInfo a : archives) {
      buf.putInt((int) a.offset());
      buf.putInt((int) a.secondsPerPoint());
      buf.putInt((int) a.points());
    }
    return buf.array();
  }

  /** Reads the 16-byte metadata; {@code buf} holds at least that much from offset 0. */
  static int archiveCount(ByteBuffer buf, Path path, long fileSize)
      throws CorruptWhisperFileException {
    if (fileSize < METADATA_SIZE) {
      throw new CorruptWhisperFileException(
          path, fileSize, "file has " + fileSize + " bytes, too short for the 16-byte metadata");
    }
    long count = Integer.toUnsignedLong(buf.getInt(ARCHIVE_COUNT_OFFSET));
    if (count == 0) {
      throw new CorruptWhisperFileException(path, ARCHIVE_COUNT_OFFSET, "archive count is 0");
    }
    if (METADATA_SIZE + count * ARCHIVE_INFO_SIZE > fileSize) {
      throw new CorruptWhisperFileException(
          path,
          ARCHIVE_COUNT_OFFSET,
          "archive count "
              + count
              + " needs a header larger than the file ("
              + fileSize
              + " bytes)");
    }
    return (int) count;
  }

  /**
   * Decodes and checks a header. Beyond whisper's own checks (type, xff) it verifies that every
   * archive lies inside the file and that precisions increase, so that no later write can land
   * outside an archive of a damaged file.
   */
  static WhisperHeader decode(ByteBuffer buf, Path path, long fileSize)
      throws CorruptWhisperFileException {
    int count = archiveCount(buf, path, fileSize);
    long type = Integer.toUnsignedLong(buf.getInt(0));
    AggregationMethod method =
        AggregationMethod.fromTypeId(type)
            .orElseThrow(
                () ->
                    new CorruptWhisperFileException(
                        path, 0, "unknown aggregation type " + type + " (expected 1 to 8)"));
    long maxRetention = Integer.toUnsignedLong(buf.getInt(WhisperFormat.MAX_RETENTION_OFFSET));
    float xff = buf.getFloat(XFF_OFFSET);
    if (!(xff >= 0 && xff <= 1)) {
      throw new CorruptWhisperFileException(
          path, XFF_OFFSET, "xFilesFactor " + xff + " is not between 0 and 1");
    }
    int headerSize = WhisperFormat.headerSize(count);
    List<ArchiveInfo> archives = new ArrayList<>(count);
    long previousStep = 0;
    for (int i = 0; i < count; i++) {
      int at = METADATA_SIZE + i * ARCHIVE_INFO_SIZE;
      ArchiveInfo a =
          new ArchiveInfo(
              Integer.toUnsignedLong(buf.getInt(at)),
              Integer.toUnsignedLong(buf.getInt(at + 4)),
              Integer.toUnsignedLong(buf.getInt(at + 8)));
      if (a.secondsPerPoint() == 0 || a.points() == 0) {
        throw new CorruptWhisperFileException(
            path, at, "archive " + i + " has " + a.secondsPerPoint() + "s × " + a.points());
      }
      if (a.secondsPerPoint() <= previousStep) {
        throw new CorruptWhisperFileException(
            path, at + 4, "archive " + i + " is not coarser than archive " + (i - 1));
      }
      if (i > 0 && a.secondsPerPoint() % previousStep != 0) {
        throw new CorruptWhisperFileException(
            path, at + 4, "archive " + i + " precision is not a multiple of archive " + (i - 1));
      }
      if (a.offset() < headerSize || a.end() > fileSize) {
        throw new CorruptWhisperFileException(
            path,
            at,
            "archive "
                + i
                + " spans bytes "
                + a.offset()
                + ".."
                + a.end()
                + " outside the file's data (header ends at "
                + headerSize
                + ", file has "
                + fileSize
                + " bytes)");
      }
      previousStep = a.secondsPerPoint();
      archives.add(a);
    }
    return new WhisperHeader(method, maxRetention, xff, archives);
  }
}
