package dev.charcoal.store.whisper;

import dev.charcoal.model.AggregationMethod;
import dev.charcoal.model.Retention;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whisper module's functions by path, as {@code whisper.py} offers them: each opens the file,
 * does one thing and closes it. Long-lived writers keep a {@link WhisperFile} open instead.
 */
public final class Whisper {
  private static final int ZERO_CHUNK = 64 * 1024;

  /**
   * Temporary names are unique per process and counter rather than random: Files.createTempFile
   * draws a SecureRandom name and costs about a millisecond, most of a create.
   */
  private static final String TEMP_PREFIX = ProcessHandle.current().pid() + "-";

  private static final AtomicLong TEMPS = new AtomicLong();

  private Whisper() {}

  /**
   * whisper.create: validates the archive list and writes a new file, zero-filled or sparse.
   *
   * <p>Unlike whisper.py the file is written under a temporary name and linked into place, so a
   * crash or a full disk never leaves a half-written file under the real name.
   */
  public static WhisperHeader create(
      Path path,
      List<Retention> archives,
      float xFilesFactor,
      AggregationMethod method,
      boolean sparse)
      throws IOException {
    List<Retention> sorted = validate(archives, xFilesFactor);
    if (Files.exists(path)) { // before the layout's own checks, in whisper.py's order
      throw alreadyExists(path);
    }
    WhisperHeader header = layout(sorted, xFilesFactor, method);
    try {
      writeNew(path, header, sparse).close();
    } catch (FileAlreadyExistsException e) {
      throw alreadyExists(path);
    }
    return header;
  }

  /** Creates with whisper's defaults: xFilesFactor 0.5, average, preallocated. */
  public static WhisperHeader create(Path path, List<Retention> archives) throws IOException {
    return create(path, archives, WhisperFormat.DEFAULT_XFF, AggregationMethod.AVERAGE, false);
  }

  /**
   * Creates a sparse file as {@link #create} does and keeps it open for positional writing, as
   * {@link WhisperFile#openForPositionalWriting} would open it: for a writer that creates many
   * files, this saves closing, reopening and reading back the header of each.
   *
   * @throws FileAlreadyExistsException a file of that name exists (open it instead)
   * @throws java.nio.file.NoSuchFileException the directory does not exist
   */
  public static WhisperFile createForWriting(
      Path path, List<Retention> archives, float xFilesFactor, AggregationMethod method)
      throws IOException {
    WhisperHeader header = layout(validate(archives, xFilesFactor), xFilesFactor, method);
    return WhisperFile.createdForPositionalWriting(path, writeNew(path, header, true), header);
  }

  /** The archives sorted, or the first of whisper's rules they or the factor break. */
  private static List<Retention> validate(List<Retention> archives, float xFilesFactor)
      throws InvalidConfigurationException {
    if (!(xFilesFactor >= 0 && xFilesFactor <= 1)) {
      throw new InvalidConfigurationException(
          "xFilesFactor must be between 0 and 1, not " + xFilesFactor);
    }
    return ArchiveLists.validate(archives);
  }

  private static WhisperHeader layout(
      List<Retention> sorted, float xFilesFactor, AggregationMethod method)
      throws InvalidConfigurationException {
    WhisperHeader header = WhisperHeader.forArchives(sorted, xFilesFactor, method);
    if (header.maxRetention() > WhisperFormat.MAX_TIMESTAMP
        || header.dataEnd() > Integer.MAX_VALUE) {
      // whisper.py would fail packing the header; past 2 GiB we could not map the file
      throw new InvalidConfigurationException(
          "archives "
              + sorted
              + " need "
              + header.dataEnd()
              + " bytes and "
              + header.maxRetention()
              + " s; whisper files hold at most 2 GiB and 2^32-1 s here");
    }
    return header;
  }

  /** Writes the file under a temporary name, links it into place and returns it open. */
  private static FileChannel writeNew(Path path, WhisperHeader header, boolean sparse)
      throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    Path tmp = dir.resolve("." + path.getFileName() + "." + TEMP_PREFIX + TEMPS.incrementAndGet());
    FileChannel ch =
        FileChannel.open(
            tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      ch.write(ByteBuffer.wrap(header.encode()), 0);
      long end = header.dataEnd();
      if (sparse) {
        ch.write(ByteBuffer.allocate(1), end - 1);
      } else {
        ByteBuffer zeros = ByteBuffer.allocate(ZERO_CHUNK);
        for (long pos = header.headerSize(); pos < end; ) {
          zeros.clear().limit((int) Math.min(ZERO_CHUNK, end - pos));
          pos += ch.write(zeros, pos);
        }
      }
      publish(tmp, path);
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Gives the finished file its name, refusing to replace one that appeared meanwhile. */
  private static void publish(Path tmp, Path path) throws IOException {
    try {
      Files.createLink(path, tmp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(path)) {
        throw new FileAlreadyExistsException(path.toString());
      }
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  private static InvalidConfigurationException alreadyExists(Path path) {
    return new InvalidConfigurationException("File " + path + " already exists!");
  }

  /**
   * What whisper.fetch would answer for a file with {@code header} that holds no point yet: the
   * range and step, all NaN; null when the range lies wholly outside the retention. Used for
   * metrics still only in the cache, whose file the persister has yet to create.
   */
  public static FetchResult emptyFetch(WhisperHeader header, long from, long until, long now)
      throws InvalidTimeIntervalException {
    return WhisperFetch.empty(header, from, until, now);
  }

  /** whisper.info: the parsed header. */
  public static WhisperHeader info(Path path) throws IOException {
    try (WhisperFile f = WhisperFile.openForReading(path)) {
      return f.header();
    }
  }

  /** whisper.fetch; null when the range lies wholly in the future or beyond retention. */
  public static FetchResult fetch(Path path, long from, long until, long now) throws IOException {
    try (WhisperFile f = WhisperFile.openForReading(path)) {
      return f.fetch(from, until, now);
    }
  }

  public static void update(Path path, double value, long timestamp, long now) throws IOException {
    try (WhisperFile f = WhisperFile.open(path)) {
      f.update(value, timestamp, now);
    }
  }

  public static void updateMany(Path path, long[] timestamps, double[] values, long now)
      throws IOException {
    if (timestamps.length != values.length) {
      throw new IllegalArgumentException("timestamps and values differ in length");
    }
    try (WhisperFile f = WhisperFile.open(path)) {
      f.updateMany(timestamps, values, timestamps.length, now);
    }
  }
}
