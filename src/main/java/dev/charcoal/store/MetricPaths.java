package dev.charcoal.store;

import dev.charcoal.model.MetricName;
import dev.charcoal.store.MetricPath.Mapped;
import dev.charcoal.store.MetricPath.Reason;
import dev.charcoal.store.MetricPath.Rejected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Maps metric names to whisper files exactly as carbon lays them out, so Graphite's own tools can
 * read the tree: {@code servers.www01.cpu} is {@code servers/www01/cpu.wsp}; a tagged series is
 * {@code _tagged/<h[0:3]>/<h[3:6]>/<h>.wsp} with {@code h} the hex SHA-256 of its normalized name
 * (carbon's {@code TAG_HASH_FILENAMES=True}).
 *
 * <p>Carbon maps any name; this refuses names that would land somewhere unexpected or outside the
 * whisper root (see {@link Reason}). Only the tree under the root is checked: the root's own length
 * counts against the system's path limit too.
 */
public final class MetricPaths {
  /** The top directory carbon keeps tagged series in. */
  public static final String TAGGED_DIR = "_tagged";

  public static final String EXTENSION = ".wsp";
  static final int MAX_NAME_BYTES = 255;
  static final int MAX_PATH_BYTES = 4095;

  private MetricPaths() {}

  /** The file for {@code rawName} as received (tagged names are parsed and normalized). */
  public static MetricPath of(String rawName) {
    if (rawName.isEmpty()) {
      return new Rejected(rawName, Reason.EMPTY, "empty metric name");
    }
    Optional<Rejected> bad = checkCharacters(rawName);
    if (bad.isPresent()) {
      return bad.get();
    }
    MetricName name;
    try {
      name = MetricName.parse(rawName);
    } catch (IllegalArgumentException e) {
      return new Rejected(rawName, Reason.INVALID_TAGS, "invalid tagged name: " + e.getMessage());
    }
    return of(name, rawName);
  }

  /** The file for an already parsed name. */
  public static MetricPath of(MetricName name) {
    String normalized = name.normalized();
    Optional<Rejected> bad = checkCharacters(normalized);
    return bad.isPresent() ? bad.get() : of(name, normalized);
  }

  private static MetricPath of(MetricName name, String rawName) {
    return name.isTagged() ? tagged(name) : untagged(name, rawName);
  }

  private static MetricPath tagged(MetricName name) {
    String hash = sha256Hex(name.normalized());
    String path =
        TAGGED_DIR
            + "/"
            + hash.substring(0, 3)
            + "/"
            + hash.substring(3, 6)
            + "/"
            + hash
            + EXTENSION;
    return new Mapped(name, path);
  }

  private static MetricPath untagged(MetricName name, String raw) {
    String metric = name.name();
    if (metric.startsWith("/") || metric.startsWith("\\")) {
      return new Rejected(raw, Reason.ABSOLUTE, "metric name starts with a path separator");
    }
    String[] nodes = metric.split("\\.", -1);
    if (nodes[0].equals(TAGGED_DIR)) {
      return new Rejected(
          raw,
          Reason.RESERVED,
          "untagged names may not start with '" + TAGGED_DIR + ".' (kept for tagged series)");
    }
    for (int i = 0; i < nodes.length; i++) {
      String node = nodes[i];
      if (node.isEmpty()) {
        return new Rejected(
            raw,
            Reason.EMPTY_NODE,
            "empty node at position " + (i + 1) + " ('..', or a leading or trailing '.')");
      }
      if (node.indexOf('/') >= 0 || node.indexOf('\\') >= 0) {
        return new Rejected(
            raw, Reason.SEPARATOR_IN_NODE, "node '" + node + "' contains '/' or '\\'");
      }
      String fileName = i == nodes.length - 1 ? node + EXTENSION : node;
      int bytes = utf8Length(fileName);
      if (bytes > MAX_NAME_BYTES) {
        return new Rejected(
            raw,
            Reason.NODE_TOO_LONG,
            "node "
                + (i + 1)
                + " makes a "
                + bytes
                + "-byte file name (limit "
                + MAX_NAME_BYTES
                + ")");
      }
    }
    String path = String.join("/", nodes) + EXTENSION;
    int bytes = utf8Length(path);
    if (bytes > MAX_PATH_BYTES) {
      return new Rejected(
          raw, Reason.PATH_TOO_LONG, "path is " + bytes + " bytes (limit " + MAX_PATH_BYTES + ")");
    }
    return new Mapped(name, path);
  }

  /**
   * The metric stored at {@code relative} (a path under the whisper root), for listing an existing
   * tree: {@code a/b/c.wsp} is {@code a.b.c}. Empty for anything that is not a whisper file this
   * class would map to, including everything under {@code _tagged/}: hashed names cannot be
   * reversed (tagged series are found through the tag index instead).
   */
  public static Optional<MetricName> metricNameOf(Path relative) {
    int n = relative.getNameCount();
    if (relative.isAbsolute() || relative.getRoot() != null || n == 0) {
      return Optional.empty();
    }
    String file = relative.getFileName().toString();
    if (!file.endsWith(EXTENSION) || file.length() == EXTENSION.length()) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder();
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      String component = relative.getName(i).toString();
      String node =
          i == n - 1 ? component.substring(0, component.length() - EXTENSION.length()) : component;
      if (node.indexOf('.') >= 0) {
        return Optional.empty(); // a dotted directory is not a node carbon could have written
      }
      name.append(i == 0 ? "" : ".").append(node);
      path.append(i == 0 ? "" : "/").append(component);
    }
    if (name.indexOf(";") >= 0) {
      return Optional.empty();
    }
    MetricPath mapped = of(name.toString());
    if (mapped instanceof Mapped m && m.relativePath().equals(path.toString())) {
      return Optional.of(m.name());
    }
    return Optional.empty();
  }

  private static Optional<Rejected> checkCharacters(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isISOControl(c)) {
        return Optional.of(
            new Rejected(
                raw,
                Reason.CONTROL_CHARACTER,
                String.format("control character U+%04X at index %d", (int) c, i)));
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return Optional.of(
            new Rejected(
                raw, Reason.UNPAIRED_SURROGATE, "unpaired UTF-16 surrogate at index " + i));
      }
    }
    return Optional.empty();
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  private static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JVM has SHA-256", e);
    }
  }
}
