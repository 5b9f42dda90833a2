package dev.charcoal.store.index;

import java.util.ArrayList;
import java.util.List;

/**
 * graphite-web's naming of found metrics under a pattern with escaped wildcards ({@code
 * finders/standard.py} with {@code util.find_escaped_pattern_fields}). The finder matches with the
 * backslashes removed, so {@code a.b\*c} still globs {@code b*c}; then each node of the found path
 * whose pattern node held an escaped {@code * ? [ {} is replaced by that pattern node without its
 * backslashes. Both {@code a.bxc} and {@code a.b*c} are thus named {@code a.b*c}.
 */
public final class EscapedFields {
  private static final String WILDCARDS = "*?[{";

  private EscapedFields() {}

  /**
   * The positions of the pattern's nodes (split at {@code .} as written) that are escaped: the
   * first occurrence of one of {@code * ? [ {} in the node is preceded by a backslash.
   */
  static List<Integer> positions(String pattern) {
    List<Integer> positions = new ArrayList<>();
    if (pattern.indexOf('\\') < 0) {
      return positions;
    }
    String[] parts = pattern.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      if (isEscaped(parts[i])) {
        positions.add(i);
      }
    }
    return positions;
  }

  private static boolean isEscaped(String part) {
    for (int k = 0; k < WILDCARDS.length(); k++) {
      int i = part.indexOf(WILDCARDS.charAt(k));
      if (i > 0 && part.charAt(i - 1) == '\\') {
        return true;
      }
    }
    return false;
  }

  /**
   * The name graphite-web gives {@code path} found by {@code pattern}; {@code path} itself when the
   * pattern escapes nothing. A position beyond either path (graphite-web would fail with an
   * IndexError) is left alone.
   */
  public static String rename(String pattern, String path) {
    List<Integer> positions = positions(pattern);
    if (positions.isEmpty()) {
      return path;
    }
    String[] clean = pattern.replace("\\", "").split("\\.", -1);
    String[] nodes = path.split("\\.", -1);
    for (int i : positions) {
      if (i < clean.length && i < nodes.length) {
        nodes[i] = clean[i];
      }
    }
    return String.join(".", nodes);
  }
}
