package dev.charcoal.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The names of the tagged series, one per line (UTF-8): carbon stores a tagged series under the
 * SHA-256 of its name ({@code _tagged/abc/def/<hash>.wsp}), which cannot be turned back into the
 * name, so the tag index needs its own record to survive a restart. graphite-web keeps the same
 * record in its SQL tag DB.
 *
 * <p>New names are appended as they come (written to the OS at once, not forced to the disk: a
 * power cut may lose the last names, and their files are then reported as unnamed at the next
 * start). At start the file is rewritten, atomically, with the names whose files still exist. A
 * failed write is logged and counted, never thrown into ingest.
 */
public final class TaggedNamesFile implements Closeable {
  /** Where the file lives, relative to the whisper root: beside the files it names. */
  public static final String DEFAULT_LOCATION = "_tagged/series-names.txt";

  private static final System.Logger LOG = System.getLogger(TaggedNamesFile.class.getName());
  private static final int LOG_EVERY_FAILURES = 1000;

  private final Path path;
  private final boolean writable;
  private FileChannel channel;
  private long failedWrites;

  private TaggedNamesFile(Path path, boolean writable) {
    this.path = path;
    this.writable = writable;
  }

  /** The file at {@code path}; nothing is opened or created until the first write. */
  public static TaggedNamesFile at(Path path) {
    return new TaggedNamesFile(path, true);
  }

  /**
   * The file at {@code path}, read but never written: for tools that look at a data dir a server
   * may be running on ({@code charcoal find}), whose appends a rewrite would lose.
   */
  public static TaggedNamesFile readOnly(Path path) {
    return new TaggedNamesFile(path, false);
  }

  public Path path() {
    return path;
  }

  /** The names recorded, in file order, duplicates included; none if there is no file. */
  public synchronized List<String> read() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      return List.of();
    }
    // A torn last line decodes with replacement characters; its name then matches no file.
    List<String> names = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isEmpty()) {
        names.add(line);
      }
    }
    return names;
  }

  /** Appends a name; a failure is logged and counted. */
  public synchronized void append(String name) {
    if (!writable) {
      return;
    }
    if (name.indexOf('\n') >= 0) {
      fail("name contains a newline, not recorded: " + name.replace("\n", "\\n"), null);
      return;
    }
    try {
      if (channel == null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
        channel =
            FileChannel.open(
                path,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
      }
      ByteBuffer line = ByteBuffer.wrap((name + "\n").getBytes(StandardCharsets.UTF_8));
      while (line.hasRemaining()) {
        channel.write(line);
      }
    } catch (IOException e) {
      fail("cannot record tagged series " + name + " in " + path, e);
      try {
        closeChannel(); // reopened by the next append, which may find the disk writable again
      } catch (IOException alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
    }
  }

  /**
   * Replaces the file with {@code names} (taken while appends wait, so none is lost): written to a
   * temporary file, forced, and renamed over the old one.
   */
  public synchronized void rewrite(Supplier<? extends Collection<String>> names)
      throws IOException {
    if (!writable) {
      return;
    }
    closeChannel();
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = dir.resolve(path.getFileName() + ".tmp");
    StringBuilder text = new StringBuilder();
    for (String name : names.get()) {
      text.append(name).append('\n');
    }
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
      out.force(true);
    }
    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Appends that failed since the start. */
  public synchronized long failedWrites() {
    return failedWrites;
  }

  @Override
  public synchronized void close() throws IOException {
    closeChannel();
  }

  private void closeChannel() throws IOException {
    if (channel != null) {
      try {
        channel.close();
      } finally {
        channel = null;
      }
    }
  }

  private void fail(String message, IOException e) {
    if (failedWrites++ % LOG_EVERY_FAILURES == 0) {
      LOG.log(
          Level.WARNING,
          message + (e == null ? "" : ": " + e) + " (" + failedWrites + " failed so far)");
    }
  }
}
