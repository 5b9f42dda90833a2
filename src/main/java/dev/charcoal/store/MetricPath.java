package dev.charcoal.store;

import dev.charcoal.model.MetricName;
import java.nio.file.Path;

/**
 * Where a metric's whisper file lives, or why it may not have one: the result of {@link
 * MetricPaths#of(String)}.
 */
public sealed interface MetricPath permits MetricPath.Mapped, MetricPath.Rejected {

  /**
   * A name with a file.
   *
   * @param name the parsed (for tagged series, normalized) name
   * @param relativePath the file relative to the whisper root, with {@code /} separators
   */
  record Mapped(MetricName name, String relativePath) implements MetricPath {
    /**
     * The file under {@code whisperRoot}, built one component at a time. Each component was checked
     * when the name was mapped; this checks again against the platform's own path rules and throws
     * rather than ever return a path outside the root.
     *
     * @throws IllegalArgumentException if the platform reads a component differently (a drive
     *     letter or reserved character on Windows)
     */
    public Path under(Path whisperRoot) {
      Path root = whisperRoot.toAbsolutePath().normalize();
      Path p = root;
      for (String component : relativePath.split("/", -1)) {
        Path part = root.getFileSystem().getPath(component);
        if (part.isAbsolute()
            || part.getRoot() != null
            || part.getNameCount() != 1
            || !part.toString().equals(component)
            || component.equals("..")
            || component.equals(".")) {
          throw new IllegalArgumentException(
              "path component '" + component + "' is not a plain file name on this platform");
        }
        p = p.resolve(part);
      }
      if (!p.normalize().startsWith(root) || p.equals(root)) {
        throw new IllegalArgumentException(relativePath + " leaves " + root);
      }
      return p;
    }
  }

  /**
   * A name refused before it reaches the disk.
   *
   * @param name the name as received
   * @param reason the rule it broke, for counting
   * @param message one line naming the problem, for logs
   */
  record Rejected(String name, Reason reason, String message) implements MetricPath {}

  /** Why a name has no file. */
  enum Reason {
    /** The empty string. */
    EMPTY,
    /** Starts with {@code /} or {@code \}. */
    ABSOLUTE,
    /** {@code a..b}, or a leading or trailing dot: carbon would silently merge or hide these. */
    EMPTY_NODE,
    /** NUL or another control character (U+0000–U+001F, U+007F–U+009F). */
    CONTROL_CHARACTER,
    /** Half of a UTF-16 surrogate pair, which no file system name can hold faithfully. */
    UNPAIRED_SURROGATE,
    /** {@code /} or {@code \} inside a node, which would create extra directories. */
    SEPARATOR_IN_NODE,
    /** A node whose file or directory name exceeds 255 UTF-8 bytes. */
    NODE_TOO_LONG,
    /** A relative path over 4095 UTF-8 bytes. */
    PATH_TOO_LONG,
    /** An untagged name under {@code _tagged.}, which would collide with tagged series' files. */
    RESERVED,
    /** Contains {@code ;} or ends {@code "}} but is not a valid tagged name. */
    INVALID_TAGS
  }
}
