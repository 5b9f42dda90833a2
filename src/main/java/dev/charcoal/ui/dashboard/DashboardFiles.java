package dev.charcoal.ui.dashboard;

import dev.charcoal.ui.task.AtomicFiles;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dashboards folder ({@code DATA/dashboards}): one {@code NAME.json} file per dashboard, named
 * by the user. Every method does file I/O: background threads only. Writes are atomic, so a failed
 * save leaves the previous file whole.
 */
public final class DashboardFiles {
  /** The data dir's folder for dashboards (as in INTERFACES.md). */
  public static final String FOLDER = "dashboards";

  public static final String EXTENSION = ".json";

  /** Longest name accepted. */
  public static final int MAX_NAME = 100;

  /** A dashboard is a few kilobytes; a bigger file is not one of ours. */
  static final long MAX_FILE_BYTES = 4L << 20;

  /** Characters no file system of the three platforms takes in a name. */
  private static final String FORBIDDEN = "/\\:*?\"<>|";

  private final Path dir;

  public DashboardFiles(Path dataDir) {
    this.dir = Objects.requireNonNull(dataDir, "dataDir").resolve(FOLDER);
  }

  /** The folder the files are in. */
  public Path dir() {
    return dir;
  }

  /** The file of dashboard {@code name}. */
  public Path path(String name) {
    return dir.resolve(checkName(name) + EXTENSION);
  }

  /** The saved dashboards' names, sorted; none when the folder does not exist. */
  public List<String> list() throws IOException {
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + EXTENSION)) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (problemWith(name) == null && Files.isRegularFile(file)) {
          names.add(name);
        }
      }
    }
    names.sort(String.CASE_INSENSITIVE_ORDER);
    return names;
  }

  /** Reads dashboard {@code name}. */
  public Dashboard read(String name) throws IOException, DashboardFormatException {
    Path file = path(name);
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new DashboardFormatException(
            file + ": larger than " + (MAX_FILE_BYTES >> 20) + " MB, not a dashboard");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      return DashboardCodec.read(text);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such dashboard");
    } catch (CharacterCodingException e) {
      throw new DashboardFormatException(file + ": not UTF-8 text", e);
    } catch (DashboardFormatException e) {
      throw e.getMessage().startsWith(file.toString())
          ? e
          : new DashboardFormatException(file + ": " + e.getMessage(), e);
    }
  }

  /** Saves {@code dashboard} as {@code name}, replacing a file of that name. */
  public void write(String name, Dashboard dashboard) throws IOException {
    AtomicFiles.write(path(name), DashboardCodec.write(dashboard).getBytes(StandardCharsets.UTF_8));
  }

  /** {@code name} stripped, if it can name a file; else an exception saying why not. */
  public static String checkName(String name) {
    String problem = problemWith(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return name.strip();
  }

  private static String problemWith(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      return "A dashboard needs a name.";
    }
    if (n.length() > MAX_NAME) {
      return "A dashboard name has at most " + MAX_NAME + " characters.";
    }
    if (n.startsWith(".") || n.endsWith(".")) {
      return "A dashboard name cannot start or end with a dot.";
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < ' ' || c == 0x7f || FORBIDDEN.indexOf(c) >= 0) {
        return "A dashboard name cannot contain "
            + (c < ' ' ? "control characters" : "'" + c + "'")
            + " (it is a file name).";
      }
    }
    return null;
  }
}
