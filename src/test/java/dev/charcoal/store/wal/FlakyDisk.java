package dev.charcoal.store.wal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Segment files that fail on demand the way a full or failing disk does: creation refused, a write
 * that stops half-way, and an fsync that fails after the kernel has dropped the pages it could not
 * write (emulated by zeroing everything written since the last good fsync).
 */
final class FlakyDisk implements SegmentChannel.Opener {
  static final String NO_SPACE = "No space left on device";
  volatile boolean failCreate;
  volatile boolean failWrite;
  volatile boolean failForce;

  @Override
  public SegmentChannel create(Path file) throws IOException {
    if (failCreate) {
      throw new IOException(NO_SPACE);
    }
    return new Flaky(SegmentChannel.Opener.FILES.create(file));
  }

  private final class Flaky implements SegmentChannel {
    private final SegmentChannel real;
    private long durable;
    private long end;

    Flaky(SegmentChannel real) {
      this.real = real;
    }

    @Override
    public void write(ByteBuffer src, long position) throws IOException {
      if (failWrite) {
        ByteBuffer half = src.duplicate();
        half.limit(half.position() + half.remaining() / 2);
        real.write(half, position);
        end = Math.max(end, position + half.limit());
        throw new IOException(NO_SPACE);
      }
      long written = src.remaining();
      real.write(src, position);
      end = Math.max(end, position + written);
    }

    @Override
    public void force() throws IOException {
      if (failForce) {
        if (end > durable) {
          real.write(ByteBuffer.allocate((int) (end - durable)), durable);
        }
        throw new IOException("Input/output error");
      }
      real.force();
      durable = end;
    }

    @Override
    public void close() throws IOException {
      real.close();
    }
  }
}
