package dev.charcoal.store.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules files in the data dir's {@code conf/}: written with Charcoal's defaults on first start,
 * then read as carbon reads them.
 */
public final class RulesFiles {
  /** Carbon's file names, so a Graphite conf dir can be copied in as is. */
  public static final String SCHEMAS = "storage-schemas.conf";

  public static final String AGGREGATION = "storage-aggregation.conf";

  private RulesFiles() {}

  /**
   * Writes each default file that does not exist yet and returns the paths written. An existing
   * file, even an empty one, is the user's and is never replaced; a file appears whole or not at
   * all (written to a temporary file, synced, then linked or renamed into place).
   */
  public static List<Path> writeDefaultsIfMissing(Path confDir) throws IOException {
    Files.createDirectories(confDir);
    List<Path> written = new ArrayList<>();
    for (String name : List.of(SCHEMAS, AGGREGATION)) {
      Path target = confDir.resolve(name);
      if (!Files.exists(target) && install(target, defaultText(name))) {
        written.add(target);
      }
    }
    return written;
  }

  /**
   * Reads both files. {@code storage-schemas.conf} is required (as in carbon); {@code
   * storage-aggregation.conf} is optional and, when absent, every metric gets whisper's defaults.
   */
  public static StorageRules load(Path confDir) throws ConfigException {
    Path schemasFile = confDir.resolve(SCHEMAS);
    Path aggregationFile = confDir.resolve(AGGREGATION);
    StorageSchemas schemas = StorageSchemas.parse(schemasFile.toString(), read(schemasFile));
    StorageAggregation aggregation =
        Files.exists(aggregationFile)
            ? StorageAggregation.parse(aggregationFile.toString(), read(aggregationFile))
            : StorageAggregation.empty();
    return new StorageRules(schemas, aggregation);
  }

  /** Charcoal's default text for {@link #SCHEMAS} or {@link #AGGREGATION}. */
  public static String defaultText(String name) {
    try (InputStream in = RulesFiles.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no default for " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) throws ConfigException {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (NoSuchFileException e) {
      throw new ConfigException(file.toString(), 0, "file not found", e);
    } catch (CharacterCodingException e) {
      throw new ConfigException(file.toString(), 0, "not valid UTF-8 text", e);
    } catch (IOException e) {
      throw new ConfigException(file.toString(), 0, "cannot read: " + e, e);
    }
  }

  /** Returns false if someone else created {@code target} meanwhile; theirs wins. */
  private static boolean install(Path target, String text) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      try {
        // A hard link fails if the target exists, so a file the user just made is never replaced.
        Files.createLink(target, tmp);
        return true;
      } catch (FileAlreadyExistsException e) {
        return false;
      } catch (UnsupportedOperationException | IOException e) {
        // No hard links here (FAT, some network shares): a rename is still all-or-nothing.
        if (Files.exists(target)) {
          return false;
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return true;
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
