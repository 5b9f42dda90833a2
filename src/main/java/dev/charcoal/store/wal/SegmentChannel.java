package dev.charcoal.store.wal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The few file operations the writer needs, behind an interface so that tests can make the disk
 * fail (full, I/O errors) at any step.
 */
interface SegmentChannel extends Closeable {
  /** Writes all of {@code src} at {@code position}. */
  void write(ByteBuffer src, long position) throws IOException;

  /** Forces written data to the device. */
  void force() throws IOException;

  /** Creates segment files. */
  @FunctionalInterface
  interface Opener {
    /**
     * Creates {@code file}, empty (truncating what a failed earlier attempt left), with its
     * directory entry made durable.
     */
    SegmentChannel create(Path file) throws IOException;

    Opener FILES = FileSegmentChannel::create;
  }

  /** A segment file on the default file system. */
  record FileSegmentChannel(FileChannel channel) implements SegmentChannel {
    static SegmentChannel create(Path file) throws IOException {
      FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
      try {
        syncDirectory(file.getParent());
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      return new FileSegmentChannel(channel);
    }

    /** A new file's name is only durable once its directory is; Windows cannot open directories. */
    private static void syncDirectory(Path dir) throws IOException {
      FileChannel d;
      try {
        d = FileChannel.open(dir, StandardOpenOption.READ);
      } catch (IOException e) {
        return;
      }
      try (d) {
        d.force(true);
      }
    }

    @Override
    public void write(ByteBuffer src, long position) throws IOException {
      long p = position;
      while (src.hasRemaining()) {
        p += channel.write(src, p);
      }
    }

    @Override
    public void force() throws IOException {
      channel.force(false);
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
