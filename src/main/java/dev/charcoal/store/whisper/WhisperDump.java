package dev.charcoal.store.whisper;

import static dev.charcoal.store.whisper.WhisperFormat.POINT_SIZE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * The text {@code whisper-dump} prints: the header, then every raw slot of every archive, including
 * empty and stale ones ({@code index: timestamp, value} with value as {@code %10.35g}).
 */
public final class WhisperDump {
  private static final int SLOTS_PER_READ = 4096;

  private WhisperDump() {}

  public static void dump(Path path, Appendable out) throws IOException {
    try (WhisperFile file = WhisperFile.openForReading(path)) {
      WhisperHeader h = file.header();
      out.append("Meta data:\n");
      out.append("  aggregation method: ").append(h.aggregationMethod().configName()).append('\n');
      out.append("  max retention: ").append(Long.toString(h.maxRetention())).append('\n');
      out.append("  xFilesFactor: ").append(PrintfG.format(h.xFilesFactor(), 6)).append("\n\n");
      List<ArchiveInfo> archives = h.archives();
      for (int i = 0; i < archives.size(); i++) {
        ArchiveInfo a = archives.get(i);
        out.append("Archive ").append(Integer.toString(i)).append(" info:\n");
        out.append("  offset: ").append(Long.toString(a.offset())).append('\n');
        out.append("  seconds per point: ").append(Long.toString(a.secondsPerPoint())).append('\n');
        out.append("  points: ").append(Long.toString(a.points())).append('\n');
        out.append("  retention: ").append(Long.toString(a.retention())).append('\n');
        out.append("  size: ").append(Long.toString(a.size())).append("\n\n");
      }
      for (int i = 0; i < archives.size(); i++) {
        ArchiveInfo a = archives.get(i);
        out.append("Archive ").append(Integer.toString(i)).append(" data:\n");
        for (long slot = 0; slot < a.points(); slot += SLOTS_PER_READ) {
          int n = (int) Math.min(SLOTS_PER_READ, a.points() - slot);
          ByteBuffer buf = file.readAt(a.offset() + slot * POINT_SIZE, n * POINT_SIZE);
          for (int k = 0; k < n; k++) {
            long ts = Integer.toUnsignedLong(buf.getInt(k * POINT_SIZE));
            double v = buf.getDouble(k * POINT_SIZE + 4);
            out.append(Long.toString(slot + k))
                .append(": ")
                .append(Long.toString(ts))
                .append(", ")
                .append(PrintfG.format(v, 10, 35))
                .append('\n');
          }
        }
      }
    }
  }
}
