package dev.charcoal.query.parse;

/**
 * Where a node came from in the target text: {@code source.substring(start, end)}, where source is
 * {@link TargetParser#source(String)} of the target (the target itself unless it has tabs). Offsets
 * are 0-based {@code char} indices; {@code end} is exclusive.
 */
public record Span(int start, int end) {
  /** A span for nodes that were not parsed from text (template expansion, tests). */
  public static final Span NONE = new Span(0, 0);

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }

  /** The text this span covers in {@code source} (see {@link TargetParser#source}). */
  public String of(String source) {
    return source.substring(start, end);
  }
}
