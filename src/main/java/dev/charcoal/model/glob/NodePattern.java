package dev.charcoal.model.glob;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern for one node of a path expression ({@code web{1,2}*}), matched against one node of a
 * metric name as graphite-web's finders do ({@code finders/__init__.py}): braces are expanded
 * first, innermost first ({@code expand_braces}); each variant with {@code * ? [} is an {@link
 * Fnmatch} pattern and the others must equal the name. {@code **} alone is the globstar, handled by
 * {@link GlobPattern}.
 */
public final class NodePattern {
  /** Brace expansion multiplies; beyond this many variants the pattern is refused. */
  public static final int MAX_VARIANTS = 4096;

  private static final Pattern INNERMOST_BRACES = Pattern.compile("\\{([^{}]*)\\}");
  private static final String GLOBSTAR = "**";

  private final String pattern;
  private final List<String> variants;
  private final List<Fnmatch> globs;
  private final boolean globstar;

  private NodePattern(String pattern, List<String> variants) {
    this.pattern = pattern;
    this.variants = List.copyOf(variants);
    this.globs = new ArrayList<>();
    boolean star = false;
    for (String variant : variants) {
      star |= variant.equals(GLOBSTAR);
      globs.add(hasWildcard(variant) ? Fnmatch.compile(variant) : null);
    }
    this.globstar = star;
  }

  /**
   * Compiles one node pattern.
   *
   * @throws IllegalArgumentException for more than {@link #MAX_VARIANTS} brace variants, or a
   *     bracket set that Python's regex engine rejects
   */
  public static NodePattern compile(String pattern) {
    Set<String> variants = new LinkedHashSet<>();
    expandBraces(pattern, variants);
    return new NodePattern(pattern, new ArrayList<>(variants));
  }

  /** graphite's {@code expand_braces}, without duplicates. */
  private static void expandBraces(String pattern, Set<String> out) {
    Matcher m = INNERMOST_BRACES.matcher(pattern);
    if (!m.find()) {
      out.add(pattern);
      if (out.size() > MAX_VARIANTS) {
        throw new IllegalArgumentException(
            "brace expansion of " + pattern + " gives more than " + MAX_VARIANTS + " patterns");
      }
      return;
    }
    for (String alternative : m.group(1).split(",", -1)) {
      expandBraces(pattern.substring(0, m.start()) + alternative + pattern.substring(m.end()), out);
    }
  }

  /** graphite's test for a pattern worth a directory scan. */
  private static boolean hasWildcard(String variant) {
    return variant.indexOf('*') >= 0 || variant.indexOf('?') >= 0 || variant.indexOf('[') >= 0;
  }

  /** The pattern as given. */
  public String pattern() {
    return pattern;
  }

  /** The brace expansion of the pattern, each variant once, in first-seen order. */
  public List<String> variants() {
    return variants;
  }

  /** True when one variant is exactly {@code **}. */
  public boolean isGlobstar() {
    return globstar;
  }

  /**
   * True when every variant is a plain name, so an index can look the names up instead of scanning
   * (graphite does the same with {@code isdir}/{@code isfile}).
   */
  public boolean isLiteral() {
    for (Fnmatch glob : globs) {
      if (glob != null) {
        return false;
      }
    }
    return true;
  }

  /** Whether one node name matches (a globstar variant matches any single node here). */
  public boolean matches(String node) {
    for (int i = 0; i < variants.size(); i++) {
      Fnmatch glob = globs.get(i);
      if (glob != null ? glob.matches(node) : variants.get(i).equals(node)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
